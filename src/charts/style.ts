/**
 * How status looks in a chart: a colour (a CSS variable, so charts follow the light
 * or dark theme) and a shape, so that status never rests on colour alone.
 *
 * The palette was chosen so that every pair of statuses stays apart (CIEDE2000 ≥ 10)
 * with normal vision and under simulated protanopia, deuteranopia and tritanopia, and
 * each colour reads as text on its theme's background (contrast ≥ 4.5:1);
 * tests/unit/palette.test.ts measures both. src/styles/tokens.css carries the same
 * values as CSS variables, and the test holds the two together.
 */
import * as d3 from 'd3';
import type { Status } from '../lib/status.ts';

/** Status colours, [light, dark]. */
export const PALETTE: Record<Status, readonly [string, string]> = {
  exceeded: ['#2d5fe5', '#8ab2f6'],
  met: ['#006b3e', '#00c471'],
  below: ['#be140b', '#f27d00'],
  partial: ['#757575', '#b7b7b7'],
  'not-comparable': ['#47007a', '#9f5ef5'],
  progress: ['#8c7200', '#ffd93e'],
  claimed: ['#8a3572', '#cd6b97'],
  'no-target': ['#003135', '#bcfcff'],
};

export const STATUS_COLOR = Object.fromEntries(
  Object.keys(PALETTE).map((s) => [s, `var(--status-${s})`]),
) as Record<Status, string>;

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

/** A ring whose lower half is filled: part of the whole done, with no verdict. */
const halfRing: d3.SymbolType = {
  draw(context, size) {
    const r = Math.sqrt(size / Math.PI);
    const inner = r * 0.55;
    context.moveTo(r, 0);
    context.arc(0, 0, r, 0, 2 * Math.PI);
    // the hole, upper half only, wound the other way so that it stays empty
    context.moveTo(inner, 0);
    context.arc(0, 0, inner, 0, -Math.PI, true);
    context.closePath();
  },
};


export const STATUS_SYMBOL: Record<Status, d3.SymbolType> = {
  exceeded: d3.symbolTriangle,
  met: d3.symbolCircle,
  below: triangleDown,
  partial: d3.symbolSquare,
  'not-comparable': d3.symbolDiamond,
  progress: halfRing,
  claimed: d3.symbolStar,
  'no-target': d3.symbolCross,
};

/** The SVG path of a status's shape, centred on 0,0, for legends outside a plot. */
export function symbolPath(status: Status, size = 64): string {
  return d3.symbol(STATUS_SYMBOL[status], size)() ?? '';
}

export const TARGET_FILL = 'var(--target-band)';
export const TARGET_STROKE = 'var(--target-line)';
export const INK = 'currentColor';

/** A label's halo in the background colour, so that a grid or target line never runs through its text. */
export const HALO = { fill: 'currentColor', stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke' } as const;
