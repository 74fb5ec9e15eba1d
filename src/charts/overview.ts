/**
 * Every indicator that has a target, each as its latest result in percent of its
 * target (100% = exactly on target), with the status in colour, shape and words.
 */
import * as Plot from '@observablehq/plot';
import { formatDecisivePercent, formatPercent } from '../lib/format.ts';
import type { Status } from '../lib/status.ts';
import { DEFAULT_WIDTH } from './options.ts';
import { LINKED } from './point.ts';
import type { Lang } from '../lib/format.ts';
import { STATUS_COLOR, STATUS_SYMBOL, TARGET_STROKE } from './style.ts';

export interface OverviewRow {
  id: string;
  label: string;
  /** latest result as a percent of the target's threshold */
  percent: number;
  status: Status;
  statusLabel: string;
  href: string;
  tip: string;
  /** per-year targets: each judged year, so that a miss in one year shows beside the headline */
  years?: { label: string; percent: number; status: Status; href: string; tip: string }[];
}

export function overview(rows: OverviewRow[], { lang, width = DEFAULT_WIDTH }: { lang: Lang; width?: number }): Plot.PlotOptions {
  const years = rows.flatMap((r) => (r.years ?? []).map((y) => ({ ...y, id: r.id })));
  const all = [...rows.map((r) => r.percent), ...years.map((y) => y.percent)];
  const max = Math.max(150, ...all) * 1.08;
  const min = Math.min(50, ...all);
  const row = (r: OverviewRow) => r.id;
  return {
    width,
    height: 40 + rows.length * 46,
    marginTop: 30,
    marginLeft: 8,
    marginRight: 16,
    x: { domain: [Math.floor(min / 10) * 10, max], label: null, tickFormat: (d: number) => formatPercent(lang, d), ticks: 4, grid: true },
    y: { domain: rows.map(row), axis: null, padding: 0.2 },
    marks: [
      Plot.ruleX([100], { stroke: TARGET_STROKE, strokeDasharray: '4 3' }),
      Plot.text(rows, { x: Math.floor(min / 10) * 10, y: row, text: 'label', dy: -13, textAnchor: 'start', className: 'row-label', lineWidth: 34, textOverflow: 'ellipsis' } as Plot.TextOptions),
      Plot.ruleY(rows, { x1: 100, x2: 'percent', y: row, stroke: (r: OverviewRow) => STATUS_COLOR[r.status], strokeWidth: 2, dy: 6 }),
      Plot.dot(rows, {
        x: 'percent', y: row, dy: 6, r: 6, fill: (r: OverviewRow) => STATUS_COLOR[r.status],
        symbol: (r: OverviewRow) => STATUS_SYMBOL[r.status], ...LINKED,
      }),
      // every judged year of a per-year target, small, so that a missed year is never hidden behind the latest
      Plot.dot(years, {
        x: 'percent', y: 'id', dy: 6, r: 3.5, fill: (y: { status: Status }) => STATUS_COLOR[y.status], stroke: 'var(--bg)', strokeWidth: 0.5,
        symbol: (y: { status: Status }) => STATUS_SYMBOL[y.status], ...LINKED,
      }),
      Plot.text(rows, { x: (r: OverviewRow) => Math.max(r.percent, ...(r.years ?? []).map((y) => y.percent), 100), y: row, dy: 6, dx: 10, text: (r: OverviewRow) => `${formatDecisivePercent(lang, r.percent)} · ${r.statusLabel}`, textAnchor: 'start', className: 'value-label' } as Plot.TextOptions),
    ],
  };
}
