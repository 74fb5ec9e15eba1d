/**
 * What every chart draws: one point per reported value, carrying its status, the
 * labels in the page's language, and a link to its quote.
 */
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import type { Source } from '../schemas/sources.ts';
import type { Row } from '../lib/dataset.ts';
import { formatDateRange, formatPeriod, type Lang } from '../lib/format.ts';
import { formatMeasure, formatValue, statusLabel } from '../lib/phrase.ts';
import { status, type Status } from '../lib/status.ts';
import type { Period } from '../lib/period.ts';
import { t } from '../i18n/index.ts';

export interface ChartPoint {
  /** the observation's row in observations.csv */
  row: number;
  /** anchor of the observation's row and quote on the indicator page */
  anchor: string;
  period: Period;
  periodLabel: string;
  value: number;
  total?: number;
  statedPercent?: number;
  /** the short number drawn next to the mark */
  label: string;
  status: Status;
  source: string;
  sourceLabel: string;
  /** link to the quote; absolute when the chart is embedded elsewhere */
  href: string;
  /** tooltip lines: period, value, status, source */
  tip: string;
}

export function observationAnchor(o: Row<Observation>): string {
  return `q${o.row}`;
}

export function sourceShortLabel(lang: Lang, s: Source): string {
  const kind = t(lang)(s.kind === 'report' ? 'source.kind.report' : 'source.kind.article');
  return `${kind}, ${formatDateRange(lang, s.date_from, s.date_to, t(lang)('source.about'))}`;
}

export function chartPoints(
  lang: Lang, ind: Indicator, obs: Row<Observation>[], sources: Map<string, Source>, pageHref = '',
): ChartPoint[] {
  return obs.map((o) => {
    const s = status(ind, o);
    const source = sources.get(o.source)!;
    const sourceLabel = sourceShortLabel(lang, source);
    const value = formatValue(lang, ind, o);
    const lines = [formatPeriod(lang, o.period), value];
    if (s !== 'no-target') lines.push(statusLabel(lang, s));
    lines.push(sourceLabel);
    return {
      row: o.row,
      anchor: observationAnchor(o),
      period: o.period,
      periodLabel: formatPeriod(lang, o.period),
      value: o.value,
      total: o.total,
      statedPercent: o.stated_percent,
      label: (o.qualifier ? `${t(lang)(`qualifier.${o.qualifier}`)} ` : '') + formatMeasure(lang, ind, o.value),
      status: s,
      source: o.source,
      sourceLabel,
      href: `${pageHref}#${observationAnchor(o)}`,
      tip: lines.join('\n'),
    };
  });
}

/** The channels that make a mark a link to its quote, with its tooltip and its name for screen readers. */
export const LINKED = {
  href: 'href',
  title: 'tip',
  ariaLabel: (p: { tip: string }) => p.tip.replace(/\n/g, ', '),
} as const;
