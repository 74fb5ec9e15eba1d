/**
 * A result against its target, as a bar on a scale that shows the target: a band
 * for a range, a line for a threshold, the 100% line for a plan. One bar per
 * reported period. For a plan target the bar is the percent of plan the source
 * prints; otherwise the value itself.
 */
import * as Plot from '@observablehq/plot';
import { formatPercent } from '../lib/format.ts';
import { formatMeasure, formatTarget } from '../lib/phrase.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_WIDTH, type ChartOptions } from './options.ts';
import { LINKED, type ChartPoint } from './point.ts';
import { STATUS_COLOR, TARGET_FILL, TARGET_STROKE } from './style.ts';

export function bulletValue(p: ChartPoint, plan: boolean): number {
  return plan ? (p.statedPercent ?? p.value) : p.value;
}

export function bullet(points: ChartPoint[], { lang, indicator: ind, width = DEFAULT_WIDTH }: ChartOptions): Plot.PlotOptions {
  const plan = ind.target_kind === 'plan';
  const x = (p: ChartPoint) => bulletValue(p, plan);
  const lo = plan ? 100 : ind.target_low;
  const hi = plan ? undefined : ind.target_high;
  const bounds = [lo, hi].filter((v): v is number => v !== undefined);
  const max = Math.max(...points.map(x), ...bounds) * 1.18;
  const fmt = (v: number) => (plan ? formatPercent(lang, v) : formatMeasure(lang, ind, v));
  const marks: Plot.Markish[] = [];
  if (ind.target_kind === 'range') marks.push(Plot.rectX([0], { x1: lo, x2: hi, fill: TARGET_FILL }));
  if (ind.target_kind === 'min' || ind.target_kind === 'above') marks.push(Plot.rectX([0], { x1: lo, x2: max, fill: TARGET_FILL }));
  if (ind.target_kind === 'max' || ind.target_kind === 'below') marks.push(Plot.rectX([0], { x1: 0, x2: hi, fill: TARGET_FILL }));
  marks.push(Plot.ruleX(bounds, { stroke: TARGET_STROKE, strokeDasharray: '4 3' }));
  marks.push(Plot.text([t(lang)('figure.target', { target: formatTarget(lang, ind) })], { frameAnchor: 'top-left', dy: -18, text: (d) => d, className: 'target-label' } as Plot.TextOptions));
  marks.push(Plot.barX(points, {
    x, y: 'periodLabel', fill: (p: ChartPoint) => STATUS_COLOR[p.status], insetTop: 8, insetBottom: 8,
    ...LINKED,
  }));
  marks.push(Plot.text(points, { x, y: 'periodLabel', text: (p: ChartPoint) => fmt(x(p)), dx: 4, textAnchor: 'start', className: 'value-label' } as Plot.TextOptions));
  marks.push(Plot.axisX({ tickFormat: (d: number) => fmt(d), ticks: 4, label: null }));
  marks.push(Plot.axisY({ label: null, tickSize: 0 }));
  return {
    width,
    height: 60 + points.length * 44,
    marginTop: 30,
    marginLeft: 96,
    marginRight: 48,
    x: { domain: [0, max], grid: true },
    y: { domain: [...new Set(points.map((p) => p.periodLabel))], padding: 0.1 },
    marks,
  };
}
