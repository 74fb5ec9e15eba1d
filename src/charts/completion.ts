/**
 * x of y: how much of the whole was done (52 of 54 organisations consolidated,
 * 29 of 29 deputies elected). Each bar is the whole; the filled part is x,  Above each bar, its status's shape, its period and its value. Bars are drawn on a
 * percent scale so that denominators of different sizes compare.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatPercent } from '../lib/format.ts';
import { DEFAULT_WIDTH, type ChartOptions } from './options.ts';
import { LINKED, type ChartPoint } from './point.ts';
import { textWidth } from './measure.ts';
import { HALO, STATUS_COLOR, STATUS_SYMBOL } from './style.ts';

export function rowLabel(p: ChartPoint): string {
  return p.periodLabel;
}

export function completion(points: ChartPoint[], { lang, width = DEFAULT_WIDTH }: ChartOptions): Plot.PlotOptions {
  const share = (p: ChartPoint) => (p.total ? (p.value / p.total) * 100 : 0);
  const label = (p: ChartPoint) => `${formatNumber(lang, p.value)}/${formatNumber(lang, p.total ?? 0)} (${formatPercent(lang, Math.round(share(p) * 10) / 10)})`;
  const marginX = 20;
  const indent = 16;
  // period and value share a line when both fit, else the value gets a line of its own
  const oneLine = points.every((p) => indent + textWidth(p.periodLabel) + textWidth(label(p), 12, true) + 16 <= width - 2 * marginX);
  const above = oneLine ? 18 : 32;
  const row = above + 22;
  const bar = { y: rowLabel, insetTop: above, insetBottom: 4 };
  return {
    width,
    height: 36 + points.length * row,
    marginTop: 8,
    marginLeft: marginX,
    marginRight: marginX,
    marginBottom: 28,
    x: { domain: [0, 100], label: null, tickFormat: (d: number) => formatPercent(lang, d), ticks: width < 360 ? 3 : 5, grid: true },
    y: { domain: points.map(rowLabel), axis: null, padding: 0 },
    marks: [
      Plot.barX(points, { x1: 0, x2: 100, fill: 'var(--target-band)', ...bar }),
      Plot.barX(points, { x1: 0, x2: share, fill: (p: ChartPoint) => STATUS_COLOR[p.status], ...bar, ...LINKED }),
      Plot.dot(points, { x: 0, y: rowLabel, dx: 5, dy: -row / 2 + 10, r: 5.5, symbol: (p: ChartPoint) => STATUS_SYMBOL[p.status], fill: (p: ChartPoint) => STATUS_COLOR[p.status] }),
      Plot.text(points, { x: 0, y: rowLabel, text: rowLabel, dx: indent, dy: -row / 2 + 10, textAnchor: 'start', className: 'row-label', ...HALO } as Plot.TextOptions),
      oneLine
        ? Plot.text(points, { x: 100, y: rowLabel, text: label, dy: -row / 2 + 10, textAnchor: 'end', className: 'value-label', ...HALO } as Plot.TextOptions)
        : Plot.text(points, { x: 0, y: rowLabel, text: label, dy: -row / 2 + 24, textAnchor: 'start', className: 'value-label', ...HALO } as Plot.TextOptions),
    ],
  };
}
