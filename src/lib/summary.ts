/**
 * The text summary under each chart, generated from the data so that it can never
 * disagree with it: the target, then each reported result in time order with its
 * status, e.g. "Chỉ tiêu: 9.000–10.000 đảng viên mỗi năm. Năm 2022: 10.183 đảng
 * viên, vượt chỉ tiêu …".
 */
import { t } from '../i18n/index.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import { formatPeriod, type Lang } from './format.ts';
import { formatTarget, formatValue } from './phrase.ts';
import { status } from './status.ts';

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * One clause per period (its start and end, however the sources write it), oldest
 * first: the first observation given for a period stands, so callers pass the newest
 * source first. Other sources' figures for the same period are in the data table.
 */
export function observationClauses(lang: Lang, ind: Indicator, obs: Observation[]): string[] {
  const tr = t(lang);
  const seen = new Set<string>();
  const out: string[] = [];
  const sorted = [...obs].sort((a, b) => a.period.end.localeCompare(b.period.end) || a.period.start.localeCompare(b.period.start));
  for (const o of sorted) {
    const key = `${o.period.start}|${o.period.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = status(ind, o);
    const clause = tr('summary.obs', { period: capitalise(formatPeriod(lang, o.period, { prose: true })), value: formatValue(lang, ind, o) });
    out.push(s === 'no-target' ? clause : `${clause} — ${tr(`status.short.${s}`)}`);
  }
  return out;
}

export function chartSummary(lang: Lang, ind: Indicator, obs: Observation[]): string {
  const tr = t(lang);
  const parts: string[] = [];
  const target = formatTarget(lang, ind);
  if (target) parts.push(tr('summary.target', { target }));
  const clauses = observationClauses(lang, ind, obs);
  if (clauses.length === 0) parts.push(tr('summary.noData'));
  else parts.push(clauses.join('. ') + '.');
  return parts.join(' ');
}
