/**
 * Every indicator that has a target, each as its headline result in percent of its
 * target (100% = exactly on target), with the status in colour, shape and words.
 * A row with a target per year also shows each reported year as a small mark of its
 * own status, so that a year that missed is seen even when the latest one met.
 *
 * Each row is one or two lines of label (wrapped, never cut mid-word) above its marks; the
 * value goes on whichever side of the marks has room, so nothing leaves the chart.
 */
import * as Plot from '@observablehq/plot';
import { formatDecisivePercent, formatPercent } from '../lib/format.ts';
import type { Status } from '../lib/status.ts';
import { DEFAULT_WIDTH } from './options.ts';
import { LINKED } from './point.ts';
import type { Lang } from '../lib/format.ts';
import { textWidth, wrapText } from './measure.ts';
import { STATUS_COLOR, STATUS_SYMBOL, TARGET_STROKE } from './style.ts';

export interface OverviewYear {
  label: string;
  percent: number;
  status: Status;
  tip: string;
  href: string;
}

export interface OverviewRow {
  id: string;
  label: string;
  /** headline result as a percent of the target's threshold */
  percent: number;
  status: Status;
  statusLabel: string;
  href: string;
  tip: string;
  /** one entry per reported year, for a target set per year */
  years?: OverviewYear[];
}

const LINE = 15;
const GAP = 8;

export function overview(rows: OverviewRow[], { lang, width = DEFAULT_WIDTH }: { lang: Lang; width?: number }): Plot.PlotOptions {
  const all = rows.flatMap((r) => [r.percent, ...(r.years ?? []).map((y) => y.percent)]);
  const max = Math.max(150, ...all) * 1.05;
  const min = Math.floor(Math.min(50, ...all) / 10) * 10;
  const marginLeft = 8;
  const marginRight = 8;
  const plotW = width - marginLeft - marginRight;
  const x = (v: number) => marginLeft + ((v - min) / (max - min)) * plotW;
  const xInverse = (px: number) => min + ((px - marginLeft) / plotW) * (max - min);
  const row = (r: OverviewRow) => r.id;
  const labelled = rows.map((r) => {
    const xs = [r.percent, 100, ...(r.years ?? []).map((y) => y.percent)].map(x);
    const lo = Math.min(...xs) - GAP - 6;
    const hi = Math.max(...xs) + GAP + 6;
    const full = `${formatDecisivePercent(lang, r.percent)} · ${r.statusLabel}`;
    const short = formatDecisivePercent(lang, r.percent);
    const fits = (s: string, room: number) => textWidth(s, 12, true) <= room;
    const right = width - marginRight - hi;
    const left = lo - marginLeft;
    const text = fits(full, right) || fits(full, left) ? full : short;
    const side: 'start' | 'end' = fits(text, right) || right >= left ? 'start' : 'end';
    return { ...r, value: text, side, at: xInverse(side === 'start' ? hi : lo) };
  });
  const labelWidth = width - marginLeft - marginRight;
  const wrapped = new Map(rows.map((r) => [r.id, wrapText(r.label, labelWidth, 12, 2)]));
  // a row is as tall as the longest label needs (one or two lines), plus its marks
  const lines = Math.max(1, ...[...wrapped.values()].map((l) => l.length));
  const ROW = lines * LINE + 30;
  // from the row's middle to its marks, below the label lines
  const MARKS_DY = -ROW / 2 + 6 + lines * LINE + 12;
  const years = rows.flatMap((r) => (r.years ?? []).map((y) => ({ ...y, id: r.id })));
  const valueText = (side: 'start' | 'end') => Plot.text(labelled.filter((r) => r.side === side), {
    x: (r: { at: number }) => r.at, y: row, dy: MARKS_DY, text: 'value', textAnchor: side, className: 'value-label',
  } as Plot.TextOptions);
  return {
    width,
    height: 30 + rows.length * ROW,
    marginTop: 24,
    marginLeft,
    marginRight,
    marginBottom: 6,
    x: { domain: [min, max], label: null, tickFormat: (d: number) => formatPercent(lang, d), ticks: 4, grid: true, axis: 'top' },
    y: { type: 'band', domain: rows.map(row), axis: null, padding: 0, round: false },
    marks: [
      Plot.ruleX([100], { stroke: TARGET_STROKE, strokeDasharray: '4 3' }),
      Plot.text(rows, {
        x: min, y: row, dy: -ROW / 2 + 6, lineAnchor: 'top', textAnchor: 'start', className: 'row-label',
        text: (r: OverviewRow) => wrapped.get(r.id)!.join('\n'), lineHeight: LINE / 12,
        fill: 'currentColor', stroke: 'var(--bg)', strokeWidth: 4, paintOrder: 'stroke',
      } as Plot.TextOptions),
      Plot.ruleY(rows, { x1: 100, x2: 'percent', y: row, dy: MARKS_DY, stroke: (r: OverviewRow) => STATUS_COLOR[r.status], strokeWidth: 2 }),
      valueText('start'),
      valueText('end'),
      Plot.dot(years, {
        x: 'percent', y: 'id', dy: MARKS_DY, r: 4, fill: (y: OverviewYear) => STATUS_COLOR[y.status],
        symbol: (y: OverviewYear) => STATUS_SYMBOL[y.status], stroke: 'var(--bg)', ...LINKED,
      }),
      Plot.dot(rows, {
        x: 'percent', y: row, dy: MARKS_DY, r: 7, fill: (r: OverviewRow) => STATUS_COLOR[r.status],
        symbol: (r: OverviewRow) => STATUS_SYMBOL[r.status], stroke: 'var(--bg)', ...LINKED,
      }),
    ],
  };
}
