/**
 * The one line under a chart's title that says what the chart shows, by one rule:
 * - a target set per year, judged in two or more years: in how many years it was met,
 *   and which years missed it ("Đạt chỉ tiêu 2/3 năm có số liệu; chưa đạt: 2021");
 * - otherwise the result that stands for the indicator now (status.ts `latest`), with
 *   its status when it has one ("Năm 2022: 10.183 đảng viên — vượt chỉ tiêu").
 * The full text summary stays for screen readers and beside the data table.
 */
import { t } from '../i18n/index.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import { formatPeriod, type Lang } from './format.ts';
import { formatValue } from './phrase.ts';
import { JUDGED, latest, status } from './status.ts';

type Obs = Observation & { source: string };

export function takeaway(lang: Lang, ind: Indicator, obs: Obs[], sourceDate: (id: string) => string): string {
  const tr = t(lang);
  if (ind.target_per === 'year') {
    // one verdict per calendar year, from the newest source that reports it
    const years = new Map<number, { met: boolean; date: string }>();
    for (const o of obs) {
      const s = status(ind, o);
      if (!JUDGED.includes(s) || o.period.isSpan || o.period.from.grain !== 'year') continue;
      const prev = years.get(o.period.from.year);
      if (!prev || sourceDate(o.source) > prev.date) years.set(o.period.from.year, { met: s !== 'below', date: sourceDate(o.source) });
    }
    if (years.size >= 2) {
      const missed = [...years].filter(([, y]) => !y.met).map(([year]) => year).sort();
      const head = tr('takeaway.years', { met: years.size - missed.length, n: years.size });
      return missed.length ? `${head}; ${tr('takeaway.missed', { years: missed.join(', ') })}.` : `${head}.`;
    }
  }
  const o = latest(ind, obs, sourceDate);
  if (!o) return '';
  const s = status(ind, o);
  const line = tr('takeaway.latest', { period: capitalise(formatPeriod(lang, o.period, { prose: true })), value: formatValue(lang, ind, o) });
  return s === 'no-target' ? `${line}.` : `${line} — ${tr(`status.short.${s}`)}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
