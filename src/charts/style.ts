/**
 * How status looks in a chart: a colour (a CSS variable, so charts follow the light
 * or dark theme) and a shape, so that status never rests on colour alone.
 */
import * as d3 from 'd3';
import type { Status } from '../lib/status.ts';

export const STATUS_COLOR: Record<Status, string> = {
  exceeded: 'var(--status-exceeded)',
  met: 'var(--status-met)',
  below: 'var(--status-below)',
  partial: 'var(--status-partial)',
  'not-comparable': 'var(--status-none)',
  progress: 'var(--status-none)',
  claimed: 'var(--status-none)',
  'no-target': 'var(--status-none)',
};

/** A triangle pointing down, for "below target". */
const triangleDown: d3.SymbolType = {
  draw(context, size) {
    const y = -Math.sqrt(size / (Math.sqrt(3) * 3));
    context.moveTo(0, -y * 2);
    context.lineTo(-Math.sqrt(3) * y, y);
    context.lineTo(Math.sqrt(3) * y, y);
    context.closePath();
  },
};

export const STATUS_SYMBOL: Record<Status, d3.SymbolType> = {
  exceeded: d3.symbolTriangle,
  met: d3.symbolCircle,
  below: triangleDown,
  partial: d3.symbolSquare,
  'not-comparable': d3.symbolDiamond,
  progress: d3.symbolCircle,
  claimed: d3.symbolDiamond,
  'no-target': d3.symbolCircle,
};

export const TARGET_FILL = 'var(--target-band)';
export const TARGET_STROKE = 'var(--target-line)';
export const INK = 'currentColor';
