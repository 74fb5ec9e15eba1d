/**
 * A rank among N (3rd of 63 provinces), on an axis from 1 to N with the best rank on
 * the left, and an arrow from the previous rank when the source gives the change.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../lib/format.ts';
import { DEFAULT_WIDTH, type ChartOptions } from './options.ts';
import { LINKED, type ChartPoint } from './point.ts';
import { INK, STATUS_COLOR } from './style.ts';

export interface RankPoint extends ChartPoint {
  /** the rank before, when the source gives the places gained or lost */
  previous?: number;
}

export function rank(points: RankPoint[], { lang, width = DEFAULT_WIDTH }: ChartOptions): Plot.PlotOptions {
  const n = Math.max(...points.map((p) => p.total ?? p.value));
  const moves = points.filter((p) => p.previous !== undefined);
  return {
    width,
    height: 40 + points.length * 70,
    marginTop: 24,
    marginLeft: 60,
    marginRight: 20,
    x: { domain: [1, n], label: null, ticks: [1, 10, 20, 30, 40, 50, 60].filter((v) => v <= n - 5).concat(n), tickFormat: (d: number) => formatNumber(lang, d), grid: true },
    y: { domain: points.map((p) => p.periodLabel), label: null, padding: 0.4, tickSize: 0 },
    marks: [
      Plot.arrow(moves, { x1: 'previous', x2: 'value', y: 'periodLabel', stroke: INK, strokeOpacity: 0.6, inset: 8, headLength: 8 }),
      Plot.dot(moves, { x: 'previous', y: 'periodLabel', r: 4, stroke: INK, fill: 'var(--bg)' }),
      Plot.dot(points, {
        x: 'value', y: 'periodLabel', r: 7, fill: (p: ChartPoint) => STATUS_COLOR[p.status],
        ...LINKED,
      }),
      Plot.text(points, { x: 'value', y: 'periodLabel', text: 'label', dy: -16, dx: -6, textAnchor: 'start', className: 'value-label' } as Plot.TextOptions),
    ],
  };
}
