/**
 * CSV downloads: UTF-8 with a byte-order mark so that Excel shows Vietnamese
 * correctly, CRLF line ends as spreadsheets expect, one citation per row.
 */
import Papa from 'papaparse';
import { observationAnchor } from '../charts/point.ts';
import type { Row } from './dataset.ts';
import type { Observation } from '../schemas/observations.ts';
import type { Site } from './site.ts';
import { status } from './status.ts';

export const BOM = '\uFEFF';

export function toCsv(rows: Record<string, string | number | undefined>[], columns: string[]): string {
  const data = rows.map((r) => columns.map((c) => r[c] ?? ''));
  return BOM + Papa.unparse({ fields: columns, data }, { newline: '\r\n' }) + '\r\n';
}

export const OBSERVATION_COLUMNS = [
  'indicator', 'label_vi', 'label_en', 'unit_vi', 'unit_en', 'period', 'period_start', 'period_end',
  'value', 'qualifier', 'total', 'stated_percent', 'percent_base', 'target_kind', 'target_low', 'target_high',
  'target_per', 'status', 'source', 'source_title', 'source_file', 'line', 'quote', 'url',
];

/** The rows of an indicator's observations as downloaded: machine values, both labels, the citation. */
export function observationRows(site: Site, observations: Row<Observation>[], pageUrl: (indicator: string) => string) {
  return observations.map((o) => {
    const i = site.indicators.get(o.indicator)!;
    const s = site.sources.get(o.source)!;
    return {
      indicator: i.id, label_vi: i.label_vi, label_en: i.label_en, unit_vi: i.unit_vi, unit_en: i.unit_en,
      period: o.period.raw, period_start: o.period.start, period_end: o.period.end,
      value: o.value, qualifier: o.qualifier, total: o.total, stated_percent: o.stated_percent, percent_base: o.percent_base,
      target_kind: i.target_kind, target_low: i.target_low, target_high: i.target_high, target_per: i.target_per,
      status: status(i, o), source: s.id, source_title: s.title_vi, source_file: s.file, line: o.line, quote: o.quote,
      url: `${pageUrl(i.id)}#${observationAnchor(o)}`,
    };
  });
}
