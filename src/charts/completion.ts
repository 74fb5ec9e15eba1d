/**
 * x of y: how much of the whole was done (52 of 54 organisations consolidated,
 * 29 of 29 deputies elected). Each bar is the whole; the filled part is x. Bars are
 * drawn on a percent scale so that denominators of different sizes compare.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatPercent } from '../lib/format.ts';
import { DEFAULT_WIDTH, type ChartOptions } from './options.ts';
import { LINKED, type ChartPoint } from './point.ts';
import { STATUS_COLOR } from './style.ts';

export function rowLabel(p: ChartPoint): string {
  return p.periodLabel;
}

export function completion(points: ChartPoint[], { lang, width = DEFAULT_WIDTH }: ChartOptions): Plot.PlotOptions {
  const share = (p: ChartPoint) => (p.total ? (p.value / p.total) * 100 : 0);
  const label = (p: ChartPoint) => `${formatNumber(lang, p.value)}/${formatNumber(lang, p.total ?? 0)} (${formatPercent(lang, Math.round(share(p) * 10) / 10)})`;
  return {
    width,
    height: 60 + points.length * 50,
    marginTop: 20,
    marginLeft: 110,
    marginRight: 12,
    x: { domain: [0, 100], label: null, tickFormat: (d: number) => formatPercent(lang, d), ticks: 5, grid: true },
    y: { domain: points.map(rowLabel), label: null, padding: 0.2, tickSize: 0 },
    marks: [
      Plot.barX(points, { x1: 0, x2: 100, y: rowLabel, fill: 'var(--target-band)', insetTop: 10, insetBottom: 6 }),
      Plot.barX(points, {
        x1: 0, x2: share, y: rowLabel, fill: (p: ChartPoint) => STATUS_COLOR[p.status], insetTop: 10, insetBottom: 6,
        ...LINKED,
      }),
      Plot.text(points, { x: 0, y: rowLabel, text: label, dy: -14, textAnchor: 'start', className: 'value-label' } as Plot.TextOptions),
    ],
  };
}
