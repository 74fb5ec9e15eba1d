/**
 * How good the drafts are, measured on the data itself: for each source, take a copy
 * of the data without that source's observations and exclusions, draft the source,
 * and compare the draft with the rows that were there. Three shares:
 * - numbers: of the numbers those rows accounted for (less any the copy still cites
 *   as a target), how many get a draft row (as the row's number or its total);
 * - indicators: of the observations, how many the draft gives the data's indicator;
 * - reasons: of the exclusions, how many the draft gives the data's reason.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FILES, loadDataset, type Dataset } from '../dataset.ts';
import { parsePrinted } from '../number.ts';
import type { SourceLines } from '../provenance.ts';
import { draftRows, type DraftRow } from './draft.ts';

export interface Share {
  hit: number;
  of: number;
}

export interface SourceMeasure {
  source: string;
  numbers: Share;
  indicators: Share;
  reasons: Share;
  periods: Share;
  rows: number;
  ms: number;
}

export const share = (s: Share) => (s.of === 0 ? 1 : s.hit / s.of);

/** The data folder's CSVs without one source's observations and exclusions, columns kept by name. */
export function withoutSource(dataDir: string, sourceId: string, into: string): void {
  mkdirSync(into, { recursive: true });
  for (const file of Object.values(FILES)) {
    const text = readFileSync(join(dataDir, file), 'utf8').replace(/^\uFEFF/, '');
    if (file !== FILES.observations && file !== FILES.exclusions) {
      writeFileSync(join(into, file), text);
      continue;
    }
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const kept = parsed.data.filter((r) => r.source !== sourceId);
    writeFileSync(join(into, file), Papa.unparse({ fields: parsed.meta.fields!, data: kept.map((r) => parsed.meta.fields!.map((f) => r[f] ?? '')) }) + '\n');
  }
}

export function measureSource(full: Dataset, dataDir: string, sourceId: string, lines: SourceLines): SourceMeasure {
  const tmp = mkdtempSync(join(tmpdir(), 'draft-measure-'));
  try {
    withoutSource(dataDir, sourceId, tmp);
    const t0 = performance.now();
    const copy = loadDataset(tmp);
    const rows = draftRows(copy, sourceId, lines);
    const ms = performance.now() - t0;
    // A number the copy still cites as a target needs no draft row.
    const targets = new Set(copy.indicators.filter((i) => i.target_source === sourceId)
      .flatMap((i) => [i.target_low, i.target_high].filter((v) => v !== undefined).map((v) => `${i.target_line}|${v}`)));
    return { source: sourceId, ...compare(full, sourceId, rows, targets), rows: rows.length, ms };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The draft against the rows the data holds for the source. */
export function compare(full: Dataset, sourceId: string, rows: DraftRow[], stillCited = new Set<string>()) {
  const drafted = new Map<string, DraftRow>();
  const covered = new Set<string>();
  // a number written in words is its own key: "một" is not the "1" of the same line
  const key = (line: number | string, value: number | string, printed?: string) =>
    printed && !/\d/.test(printed) ? `${line}|w:${printed.toLowerCase()}` : `${line}|${value}`;
  for (const r of rows) {
    drafted.set(key(r.line, r.value, r.printed), r);
    if (/\d/.test(r.printed)) covered.add(`${r.line}|${r.value}`);
    if (r.total) covered.add(`${r.line}|${r.total}`);
  }
  const numbers = new Set<string>();
  const indicators: Share = { hit: 0, of: 0 };
  const periods: Share = { hit: 0, of: 0 };
  const reasons: Share = { hit: 0, of: 0 };
  for (const o of full.observations) {
    if (o.source !== sourceId) continue;
    // A number written in words is not a printed number the check counts.
    if (!o.printed || /\d/.test(o.printed)) {
      for (const v of [o.value, o.total, o.stated_percent]) if (v !== undefined) numbers.add(`${o.line}|${v}`);
    }
    const r = drafted.get(key(o.line, o.value, o.printed));
    indicators.of++;
    periods.of++;
    if (r?.indicator === o.indicator) indicators.hit++;
    if (r?.period === o.period.raw) periods.hit++;
  }
  for (const x of full.exclusions) {
    if (x.source !== sourceId) continue;
    numbers.add(`${x.line}|${parsePrinted(x.token)}`);
    reasons.of++;
    if (drafted.get(`${x.line}|${parsePrinted(x.token)}`)?.kind === x.reason) reasons.hit++;
  }
  const open = [...numbers].filter((k) => !stillCited.has(k));
  const hit = open.filter((k) => covered.has(k)).length;
  return { numbers: { hit, of: open.length }, indicators, reasons, periods };
}
