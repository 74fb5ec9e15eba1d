/**
 * A result against its target, as a bar on a scale that shows the target: a band
 * for a range, a line for a threshold, the 100% line for a plan. One bar per
 * reported period, ended by its status's shape and its value. For a plan target the
 * bar is the percent of plan the source prints; otherwise the value itself.
 * The scale leaves room for the longest value label at every width.
 */
import * as Plot from '@observablehq/plot';
import { formatPercent } from '../lib/format.ts';
import { formatMeasure, formatTarget } from '../lib/phrase.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_WIDTH, type ChartOptions } from './options.ts';
import { LINKED, type ChartPoint } from './point.ts';
import { textWidth, wrapText } from './measure.ts';
import { HALO, STATUS_COLOR, STATUS_SYMBOL, TARGET_FILL, TARGET_STROKE } from './style.ts';

const LINE = 15;

export function bulletValue(p: ChartPoint, plan: boolean): number {
  return plan ? (p.statedPercent ?? p.value) : p.value;
}

export function bullet(points: ChartPoint[], { lang, indicator: ind, width = DEFAULT_WIDTH }: ChartOptions): Plot.PlotOptions {
  const plan = ind.target_kind === 'plan';
  const x = (p: ChartPoint) => bulletValue(p, plan);
  const lo = plan ? 100 : ind.target_low;
  const hi = plan ? undefined : ind.target_high;
  const bounds = [lo, hi].filter((v): v is number => v !== undefined);
  const fmt = (v: number) => (plan ? formatPercent(lang, v) : formatMeasure(lang, ind, v));
  const marginLeft = Math.min(Math.round(width * 0.3), 16 + Math.max(...points.map((p) => textWidth(p.periodLabel))));
  const marginRight = 24;
  const plotW = width - marginLeft - marginRight;
  const rowLabel = (s: string) => wrapText(s, marginLeft - 8).slice(0, 2).join('\n');
  // room after each bar for its shape (18 px) and its value
  const room = (p: ChartPoint) => 20 + textWidth(fmt(x(p)), 12, true);
  const max = Math.max(...bounds.map((b) => b * 1.1), ...points.map((p) => (x(p) * plotW) / Math.max(plotW - room(p), plotW * 0.3)));
  const targetLines = wrapText(t(lang)('figure.target', { target: formatTarget(lang, ind) }), width - 8);
  const marks: Plot.Markish[] = [];
  if (ind.target_kind === 'range') marks.push(Plot.rectX([0], { x1: lo, x2: hi, fill: TARGET_FILL }));
  if (ind.target_kind === 'min' || ind.target_kind === 'above') marks.push(Plot.rectX([0], { x1: lo, x2: max, fill: TARGET_FILL }));
  if (ind.target_kind === 'max' || ind.target_kind === 'below') marks.push(Plot.rectX([0], { x1: 0, x2: hi, fill: TARGET_FILL }));
  marks.push(Plot.ruleX(bounds, { stroke: TARGET_STROKE, strokeDasharray: '4 3' }));
  marks.push(Plot.text([targetLines.join('\n')], { frameAnchor: 'top-left', dx: -marginLeft + 4, dy: -26, lineAnchor: 'bottom', lineHeight: 1.25, text: (d) => d, className: 'target-label', ...HALO } as Plot.TextOptions));
  marks.push(Plot.barX(points, {
    x, y: 'periodLabel', fill: (p: ChartPoint) => STATUS_COLOR[p.status], insetTop: 8, insetBottom: 8,
    ...LINKED,
  }));
  marks.push(Plot.dot(points, { x, y: 'periodLabel', dx: 9, r: 5.5, symbol: (p: ChartPoint) => STATUS_SYMBOL[p.status], fill: (p: ChartPoint) => STATUS_COLOR[p.status], stroke: 'var(--bg)' }));
  marks.push(Plot.text(points, { x, y: 'periodLabel', text: (p: ChartPoint) => fmt(x(p)), dx: 18, textAnchor: 'start', className: 'value-label', ...HALO } as Plot.TextOptions));
  marks.push(Plot.axisX({ tickFormat: (d: number) => fmt(d), ticks: Math.max(2, Math.floor(plotW / 80)), label: null, anchor: 'top' }));
  marks.push(Plot.axisY({ label: null, tickSize: 0, tickFormat: rowLabel, lineHeight: 1.25 } as Plot.AxisOptions));
  return {
    width,
    height: 40 + targetLines.length * LINE + points.length * 48,
    marginTop: 30 + targetLines.length * LINE,
    marginLeft,
    marginRight,
    marginBottom: 10,
    x: { domain: [0, max], grid: true },
    y: { domain: [...new Set(points.map((p) => p.periodLabel))], padding: 0.1 },
    marks,
  };
}
