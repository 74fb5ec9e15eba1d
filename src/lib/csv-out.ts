/**
 * CSV downloads: UTF-8 with a byte-order mark so that Excel shows Vietnamese
 * correctly, CRLF line ends as spreadsheets expect, one full citation per row
 * (source publisher, title, dates, address, line and quote; the licence), and each
 * fact counted once: a second report of the same indicator and period names the row
 * it repeats, so summing the rows without `repeat_of` double-counts nothing.
 */
import Papa from 'papaparse';
import { observationAnchor } from '../charts/point.ts';
import { LICENCE } from './cite.ts';
import type { Row } from './dataset.ts';
import type { Observation } from '../schemas/observations.ts';
import type { Site } from './site.ts';
import { status } from './status.ts';
import { dataUpdated } from './updated.ts';

export const BOM = '\uFEFF';

export type Cell = string | number | boolean | undefined;

export function toCsv(rows: Record<string, Cell>[], columns: string[]): string {
  const data = rows.map((r) => columns.map((c) => r[c] ?? ''));
  return BOM + Papa.unparse({ fields: columns, data }, { newline: '\r\n' }) + '\r\n';
}

export const OBSERVATION_COLUMNS = [
  'indicator', 'label_vi', 'label_en', 'unit_vi', 'unit_en', 'period', 'period_start', 'period_end',
  'value', 'qualifier', 'total', 'stated_percent', 'percent_base', 'target_kind', 'target_low', 'target_high',
  'target_per', 'status', 'repeat_of', 'source', 'source_title', 'source_title_en', 'source_publisher',
  'source_date_from', 'source_date_to', 'source_date_exact', 'source_url', 'source_file', 'line', 'quote',
  'note_vi', 'note_en', 'url', 'licence', 'data_updated',
];

/** Which columns hold what, for the spreadsheet: numbers, dates and yes/no become typed cells. */
export const COLUMN_TYPES: Record<string, 'number' | 'date' | 'boolean'> = {
  value: 'number', total: 'number', stated_percent: 'number', target_low: 'number', target_high: 'number',
  line: 'number', plotted: 'number',
  period_start: 'date', period_end: 'date', source_date_from: 'date', source_date_to: 'date', data_updated: 'date',
  source_date_exact: 'boolean',
};

/** A row's citation key, as `repeat_of` names it: source id and line. */
const ref = (o: Row<Observation>) => `${o.source}:${o.line}`;

/**
 * For each observation that repeats a fact (same indicator and period) already given
 * by another row, the row it repeats: the most recent source's report, first by line.
 */
export function repeats(site: Site, observations: Row<Observation>[]): Map<number, string> {
  const first = new Map<string, Row<Observation>>();
  const ordered = [...observations].sort((a, b) =>
    site.sourceDate(b.source).localeCompare(site.sourceDate(a.source)) || a.line - b.line || a.row - b.row);
  const out = new Map<number, string>();
  for (const o of ordered) {
    const key = `${o.indicator}|${o.period.raw}`;
    const primary = first.get(key);
    if (primary) out.set(o.row, ref(primary));
    else first.set(key, o);
  }
  return out;
}

/** The rows of observations as downloaded: machine values, both labels, the full citation. */
export function observationRows(site: Site, observations: Row<Observation>[], pageUrl: (indicator: string) => string) {
  const repeated = repeats(site, observations);
  const updated = dataUpdated();
  return observations.map((o) => {
    const i = site.indicators.get(o.indicator)!;
    const s = site.sources.get(o.source)!;
    return {
      indicator: i.id, label_vi: i.label_vi, label_en: i.label_en, unit_vi: i.unit_vi, unit_en: i.unit_en,
      period: o.period.raw, period_start: o.period.start, period_end: o.period.end,
      value: o.value, qualifier: o.qualifier, total: o.total, stated_percent: o.stated_percent, percent_base: o.percent_base,
      target_kind: i.target_kind, target_low: i.target_low, target_high: i.target_high, target_per: i.target_per,
      status: status(i, o), repeat_of: repeated.get(o.row),
      source: s.id, source_title: s.title_vi, source_title_en: s.title_en, source_publisher: s.publisher,
      source_date_from: s.date_from, source_date_to: s.date_to, source_date_exact: s.date_from === s.date_to,
      source_url: undefined, source_file: s.file, line: o.line, quote: o.quote,
      note_vi: o.note_vi, note_en: o.note_en,
      url: `${pageUrl(i.id)}#${observationAnchor(o)}`, licence: LICENCE.spdx, data_updated: updated,
    } satisfies Record<string, Cell>;
  });
}
