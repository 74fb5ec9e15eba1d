/** The CSV of one chart: exactly the points it draws, each with its citation. */
import type { Figure } from '../charts/figure.ts';
import { toCsv } from './csv-out.ts';
import type { Site } from './site.ts';

export const CHART_COLUMNS = [
  'chart', 'label', 'indicator', 'period', 'value', 'qualifier', 'total', 'stated_percent', 'percent_base',
  'status', 'source', 'source_title', 'line', 'quote', 'url',
];

export function chartCsv(site: Site, figure: Figure, pageUrl: string): string {
  const byRow = new Map(site.data.observations.map((o) => [o.row, o]));
  const rows = figure.points.map((p) => {
    const o = byRow.get(p.row)!;
    const s = site.sources.get(o.source)!;
    return {
      chart: figure.id, label: p.periodLabel, indicator: o.indicator, period: o.period.raw, value: o.value, qualifier: o.qualifier,
      total: o.total, stated_percent: o.stated_percent, percent_base: o.percent_base, status: p.status,
      source: s.id, source_title: s.title_vi, line: o.line, quote: o.quote,
      url: p.href.startsWith('http') ? p.href : new URL(p.href, pageUrl).href,
    };
  });
  return toCsv(rows, CHART_COLUMNS);
}
