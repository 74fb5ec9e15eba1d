/**
 * Results period by period (years, and any quarter or half-year) against a yearly
 * target: a band for a range (9.000–10.000 a year), a dashed line for a threshold
 * (above 75%). Counts are bars from zero; percentages are dots on a zoomed axis, so
 * that 74,9 and 75,6 do not look the same.
 */
import * as Plot from '@observablehq/plot';
import { formatMeasure, formatTarget } from '../lib/phrase.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_WIDTH, type ChartOptions } from './options.ts';
import { LINKED, type ChartPoint } from './point.ts';
import { STATUS_COLOR, STATUS_SYMBOL, TARGET_FILL, TARGET_STROKE } from './style.ts';

export function yearly(points: ChartPoint[], { lang, indicator: ind, width = DEFAULT_WIDTH }: ChartOptions): Plot.PlotOptions {
  const lo = ind.target_low;
  const hi = ind.target_high;
  const bars = ind.measure !== 'percent';
  const values = points.map((p) => p.value);
  const bounds = [lo, hi].filter((x): x is number => x !== undefined);
  const min = Math.min(...values, ...bounds);
  const max = Math.max(...values, ...bounds);
  const pad = (max - min) * 0.25 || 1;
  const yDomain: [number, number] = bars ? [0, max * 1.15] : [Math.max(0, min - pad), max + pad];
  const target = formatTarget(lang, ind);
  const marks: Plot.Markish[] = [];
  if (ind.target_kind === 'range') marks.push(Plot.rectY([0], { y1: lo, y2: hi, fill: TARGET_FILL }));
  if (ind.target_kind === 'min' || ind.target_kind === 'above') marks.push(Plot.rectY([0], { y1: lo, y2: yDomain[1], fill: TARGET_FILL }));
  if (ind.target_kind === 'max' || ind.target_kind === 'below') marks.push(Plot.rectY([0], { y1: yDomain[0], y2: hi, fill: TARGET_FILL }));
  if (bounds.length > 0) {
    marks.push(Plot.ruleY(bounds, { stroke: TARGET_STROKE, strokeDasharray: '4 3' }));
    marks.push(Plot.text([t(lang)('figure.target', { target })], { frameAnchor: 'top-left', dy: -18, text: (d) => d, className: 'target-label' } as Plot.TextOptions));
  }
  const markOptions = {
    x: 'periodLabel', y: 'value',
    fill: (p: ChartPoint) => STATUS_COLOR[p.status],
    ...LINKED,
  };
  if (bars) marks.push(Plot.barY(points, { ...markOptions, insetLeft: 6, insetRight: 6 }));
  else marks.push(Plot.dot(points, { ...markOptions, r: 6, symbol: (p: ChartPoint) => STATUS_SYMBOL[p.status], stroke: 'var(--bg)' }));
  marks.push(Plot.text(points, { x: 'periodLabel', y: 'value', text: 'label', dy: -12, className: 'value-label' } as Plot.TextOptions));
  marks.push(Plot.axisY({ tickFormat: (d: number) => formatMeasure(lang, ind, d), ticks: 4, label: null, tickSize: 0 }));
  return {
    width,
    height: 260,
    marginTop: 34,
    marginLeft: 52,
    marginRight: 8,
    x: { domain: points.map((p) => p.periodLabel), label: null, padding: 0.25, tickSize: 0 },
    y: { domain: yDomain, grid: true },
    marks,
  };
}
