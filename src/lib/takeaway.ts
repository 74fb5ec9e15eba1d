/**
 * The one line under a chart's title that says what the chart shows, by one rule:
 * - a target set per year, judged in two or more years: which years missed it and in
 *   how many it was met, as every table says it ("Chưa đạt năm 2021 · đạt 2/3 năm");
 * - otherwise the result that stands for the indicator now (status.ts `verdict`), with
 *   its status when it has one ("Năm 2022: 10.183 đảng viên — vượt chỉ tiêu").
 * The full text summary stays for screen readers and beside the data table.
 */
import { t } from '../i18n/index.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import { formatPeriod, type Lang } from './format.ts';
import { formatValue, verdictLabel } from './phrase.ts';
import { status, verdict } from './status.ts';

type Obs = Observation & { source: string };

export function takeaway(lang: Lang, ind: Indicator, obs: Obs[], sourceDate: (id: string) => string): string {
  const tr = t(lang);
  // the same verdict the rest of the site shows: every year of a per-year target judged
  const v = verdict(ind, obs, sourceDate);
  // in the words of the tables, the index and the overview
  if (v.years.length >= 2) return `${verdictLabel(lang, v)}.`;
  const o = v.observation;
  if (!o) return '';
  const s = status(ind, o);
  const line = tr('takeaway.latest', { period: capitalise(formatPeriod(lang, o.period, { prose: true })), value: formatValue(lang, ind, o) });
  return s === 'no-target' ? `${line}.` : `${line} — ${tr(`status.short.${s}`)}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
