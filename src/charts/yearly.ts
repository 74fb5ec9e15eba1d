/**
 * Results period by period (years, and any quarter or half-year) against a yearly
 * target: a band for a range (9.000–10.000 a year), a dashed line for a threshold
 * (above 75%). Counts are bars from zero, each topped by its status's shape;
 * percentages are shapes on a zoomed axis, so that 74,9 and 75,6 do not look the same.
 */
import * as Plot from '@observablehq/plot';
import { formatMeasure, formatTarget } from '../lib/phrase.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_WIDTH, type ChartOptions } from './options.ts';
import { LINKED, type ChartPoint } from './point.ts';
import { wrapText } from './measure.ts';
import { HALO, STATUS_COLOR, STATUS_SYMBOL, TARGET_FILL, TARGET_STROKE } from './style.ts';

const LINE = 15;

export function yearly(points: ChartPoint[], { lang, indicator: ind, width = DEFAULT_WIDTH }: ChartOptions): Plot.PlotOptions {
  const lo = ind.target_low;
  const hi = ind.target_high;
  const bars = ind.measure !== 'percent';
  const values = points.map((p) => p.value);
  const bounds = [lo, hi].filter((x): x is number => x !== undefined);
  const min = Math.min(...values, ...bounds);
  const max = Math.max(...values, ...bounds);
  const pad = (max - min) * 0.3 || 1;
  const yDomain: [number, number] = bars ? [0, max * 1.3] : [Math.max(0, min - pad), max + pad];
  const marginLeft = 52;
  const band = (width - marginLeft - 8) / points.length;
  const wrapped = (s: string) => wrapText(s, band - 6).join('\n');
  const tickLines = Math.max(...points.map((p) => wrapped(p.periodLabel).split('\n').length));
  const targetLines = bounds.length > 0 ? wrapText(t(lang)('figure.target', { target: formatTarget(lang, ind) }), width - 8) : [];
  const marks: Plot.Markish[] = [];
  if (ind.target_kind === 'range') marks.push(Plot.rectY([0], { y1: lo, y2: hi, fill: TARGET_FILL }));
  if (ind.target_kind === 'min' || ind.target_kind === 'above') marks.push(Plot.rectY([0], { y1: lo, y2: yDomain[1], fill: TARGET_FILL }));
  if (ind.target_kind === 'max' || ind.target_kind === 'below') marks.push(Plot.rectY([0], { y1: yDomain[0], y2: hi, fill: TARGET_FILL }));
  if (bounds.length > 0) {
    marks.push(Plot.ruleY(bounds, { stroke: TARGET_STROKE, strokeDasharray: '4 3' }));
    marks.push(Plot.text([targetLines.join('\n')], { frameAnchor: 'top-left', dx: -marginLeft + 4, dy: -10, lineAnchor: 'bottom', lineHeight: 1.25, text: (d) => d, className: 'target-label', ...HALO } as Plot.TextOptions));
  }
  const symbol = { symbol: (p: ChartPoint) => STATUS_SYMBOL[p.status], fill: (p: ChartPoint) => STATUS_COLOR[p.status], stroke: 'var(--bg)' };
  if (bars) {
    marks.push(Plot.barY(points, { x: 'periodLabel', y: 'value', fill: (p: ChartPoint) => STATUS_COLOR[p.status], insetLeft: 6, insetRight: 6, ...LINKED }));
    marks.push(Plot.dot(points, { x: 'periodLabel', y: 'value', dy: -9, r: 5.5, ...symbol }));
  } else marks.push(Plot.dot(points, { x: 'periodLabel', y: 'value', r: 6.5, ...symbol, ...LINKED }));
  marks.push(Plot.text(points, { x: 'periodLabel', y: 'value', text: (p: ChartPoint) => wrapped(p.label), dy: bars ? -18 : -11, lineAnchor: 'bottom', lineHeight: 1.25, className: 'value-label', ...HALO } as Plot.TextOptions));
  marks.push(Plot.axisY({ tickFormat: (d: number) => formatMeasure(lang, ind, d), ticks: 4, label: null, tickSize: 0 }));
  marks.push(Plot.axisX({ tickFormat: wrapped, label: null, tickSize: 0, lineAnchor: 'top', lineHeight: 1.25 } as Plot.AxisOptions));
  return {
    width,
    height: 240 + tickLines * LINE + targetLines.length * LINE,
    marginTop: 14 + targetLines.length * LINE,
    marginLeft,
    marginRight: 8,
    marginBottom: 10 + tickLines * LINE,
    x: { domain: points.map((p) => p.periodLabel), label: null, padding: 0.25, axis: null },
    y: { domain: yDomain, grid: true },
    marks,
  };
}
