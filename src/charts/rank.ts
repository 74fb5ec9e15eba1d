/**
 * A rank among N (3rd of 63 provinces), on an axis from 1 to N with the best rank on
 * the left, and an arrow from the previous rank (a hollow dot, named in the key) when
 * the source gives the change. The label sits above the mark, turned towards the
 * middle so that it stays inside the chart.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../lib/format.ts';
import { DEFAULT_WIDTH, type ChartOptions } from './options.ts';
import { LINKED, type ChartPoint } from './point.ts';
import { textWidth, wrapText } from './measure.ts';
import { HALO, INK, STATUS_COLOR, STATUS_SYMBOL } from './style.ts';

export interface RankPoint extends ChartPoint {
  /** the rank before, when the source gives the places gained or lost */
  previous?: number;
}

export function rank(points: RankPoint[], { lang, width = DEFAULT_WIDTH }: ChartOptions): Plot.PlotOptions {
  const n = Math.max(...points.map((p) => p.total ?? p.value));
  const moves = points.filter((p) => p.previous !== undefined);
  const marginLeft = Math.min(Math.round(width * 0.25), 16 + Math.max(...points.map((p) => textWidth(p.periodLabel))));
  const marginRight = 20;
  const plotW = width - marginLeft - marginRight;
  const at = (v: number) => marginLeft + ((v - 1) / Math.max(1, n - 1)) * plotW;
  const side = (p: RankPoint): 'start' | 'end' => (at(p.value) + textWidth(p.label, 12, true) - 8 <= width - 4 ? 'start' : 'end');
  const label = (anchor: 'start' | 'end') => Plot.text(points.filter((p) => side(p) === anchor), {
    x: 'value', y: 'periodLabel', text: 'label', dy: -17, dx: anchor === 'start' ? -8 : 8, textAnchor: anchor, className: 'value-label', ...HALO,
  } as Plot.TextOptions);
  const step = plotW < 260 ? 20 : 10;
  return {
    width,
    height: 40 + points.length * 70,
    marginTop: 24,
    marginLeft,
    marginRight,
    x: {
      domain: [1, n], label: null, grid: true, tickFormat: (d: number) => formatNumber(lang, d),
      ticks: [1, ...Array.from({ length: Math.floor(n / step) }, (_, i) => (i + 1) * step)].filter((v) => v <= n - step / 2).concat(n),
    },
    y: { domain: points.map((p) => p.periodLabel), label: null, padding: 0.4, tickSize: 0, tickFormat: (s: string) => wrapText(s, marginLeft - 8).slice(0, 2).join('\n') },
    marks: [
      Plot.arrow(moves, { x1: 'previous', x2: 'value', y: 'periodLabel', stroke: INK, strokeOpacity: 0.6, inset: 8, headLength: 8 }),
      Plot.dot(moves, { x: 'previous', y: 'periodLabel', r: 4, stroke: INK, fill: 'var(--bg)' }),
      Plot.dot(points, {
        x: 'value', y: 'periodLabel', r: 7, fill: (p: ChartPoint) => STATUS_COLOR[p.status], symbol: (p: ChartPoint) => STATUS_SYMBOL[p.status], stroke: 'var(--bg)',
        ...LINKED,
      }),
      label('start'),
      label('end'),
    ],
  };
}
