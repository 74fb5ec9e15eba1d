/**
 * Accepting a draft: the rows the editor marked `accept` = yes become rows of
 * observations.csv (kind = observation) or exclusions.csv (kind = a reason), written
 * by column name in the files' own column order and quoting. Before anything is
 * written, the data with the new rows is checked in a temporary copy; a row the check
 * rejects stays in the draft with the check's message in its note, and the others go
 * in. Rows not accepted stay in the draft; rows whose number the accepted rows now cite
 * (a total, a stated percent) leave it.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FILES } from '../dataset.ts';
import type { DataProblem } from '../problem.ts';
import { validate, type Validation } from '../validate.ts';
import { draftPath, readDraft, writeDraft, type Cells } from './draft-file.ts';

export const isAccepted = (cell: string | undefined) => /^(yes|y|x|có|co|1|true)$/i.test((cell ?? '').trim());

interface Table {
  header: string[];
  records: Cells[];
}

function readTable(path: string): Table {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<Cells>(text, { header: true, skipEmptyLines: true });
  return { header: parsed.meta.fields ?? [], records: parsed.data };
}

/** The spreadsheet row the next appended record will have (header = row 1). */
function nextRow(path: string): number {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  return Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, newline: '\n' }).data.length + 1;
}

/** Appends records to a CSV in its own column order, line ends and quoting (quotes only where needed). */
export function appendRecords(path: string, records: Cells[]): void {
  if (records.length === 0) return;
  const text = readFileSync(path, 'utf8');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const { header } = readTable(path);
  const body = Papa.unparse(records.map((r) => header.map((h) => r[h] ?? '')), { newline: eol });
  writeFileSync(path, text + (text === '' || text.endsWith('\n') ? '' : eol) + body + eol);
}

/**
 * `printed` holds the number as printed on every row once the data does so; until
 * then only numbers written in words ("một"), since a digit there means a word to the check.
 */
function printedOnEveryRow(observations: Table): boolean {
  return observations.header.includes('printed') && observations.records.some((r) => /\d/.test(r.printed ?? ''));
}

export function toDataRecord(sourceId: string, draft: Cells, header: string[], everyPrinted: boolean): { file: 'observations' | 'exclusions'; cells: Cells } {
  const kind = (draft.kind ?? '').trim();
  if (kind !== 'observation') {
    return { file: 'exclusions', cells: { source: sourceId, line: draft.line ?? '', token: draft.printed ?? '', reason: kind } };
  }
  const cells: Cells = {};
  for (const h of header) cells[h] = (draft[h] ?? '').trim();
  cells.source = sourceId;
  cells.quote = draft.quote ?? '';
  const printed = (draft.printed ?? '').trim();
  cells.printed = everyPrinted || !/\d/.test(printed) ? printed : '';
  return { file: 'observations', cells };
}

export interface Accepted {
  observations: number;
  exclusions: number;
  /** accepted rows the check refused, back in the draft with the reason */
  refused: { draft: Cells; problems: DataProblem[] }[];
  /** rows left in the draft */
  remaining: number;
  /** rows dropped because the accepted rows now cite their number */
  nowCited: number;
  check: Validation;
}

function copyData(dataDir: string): string {
  const tmp = mkdtempSync(join(tmpdir(), 'draft-accept-'));
  for (const f of Object.values(FILES)) copyFileSync(join(dataDir, f), join(tmp, f));
  return tmp;
}

export function acceptDraft(dataDir: string, sourcesDir: string, sourceId: string): Accepted {
  const path = draftPath(dataDir, sourceId);
  const draft = readDraft(path);
  if (!draft) throw new Error(`no draft at ${path}`);
  const observations = readTable(join(dataDir, FILES.observations));
  const everyPrinted = printedOnEveryRow(observations);
  let batch = draft.rows.filter((r) => isAccepted(r.accept));
  const refused: Accepted['refused'] = [];

  // Check the batch in a copy; refuse the rows the check names, until what is left passes.
  for (let pass = 0; batch.length > 0; pass++) {
    const tmp = copyData(dataDir);
    try {
      const first = { observations: nextRow(join(tmp, FILES.observations)), exclusions: nextRow(join(tmp, FILES.exclusions)) };
      const placed = batch.map((d) => ({ d, ...toDataRecord(sourceId, d, observations.header, everyPrinted) }));
      const rowOf = new Map<string, Cells>();
      for (const file of ['observations', 'exclusions'] as const) {
        const mine = placed.filter((p) => p.file === file);
        appendRecords(join(tmp, FILES[file]), mine.map((p) => p.cells));
        mine.forEach((p, i) => rowOf.set(`${file}|${first[file] + i}`, p.d));
      }
      const v = validate(tmp, sourcesDir);
      const bad = new Map<Cells, DataProblem[]>();
      for (const p of v.problems) {
        const file = (['observations', 'exclusions'] as const).find((f) => p.file.endsWith(FILES[f]));
        const d = file && p.row !== undefined ? rowOf.get(`${file}|${p.row}`) : undefined;
        // Point at the draft row the editor will correct, not at the copy's file.
        if (d) bad.set(d, [...(bad.get(d) ?? []), { ...p, file: path, row: draft.rows.indexOf(d) + 2 }]);
      }
      // A file that does not load names no rows we can blame: refuse the whole batch.
      if (bad.size === 0 && !v.data) for (const d of batch) bad.set(d, v.problems);
      if (bad.size === 0) break;
      for (const [d, problems] of bad) refused.push({ draft: d, problems });
      batch = batch.filter((d) => !bad.has(d));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    if (pass > 20) batch = [];
  }

  const placed = batch.map((d) => toDataRecord(sourceId, d, observations.header, everyPrinted));
  for (const file of ['observations', 'exclusions'] as const) {
    appendRecords(join(dataDir, FILES[file]), placed.filter((p) => p.file === file).map((p) => p.cells));
  }
  const check = validate(dataDir, sourcesDir);
  const open = new Set(check.coverage?.uncovered.filter((u) => u.source === sourceId).map((u) => `${u.line}|${u.token}`));
  const refusedRows = new Set(refused.map((r) => r.draft));
  for (const r of refused) r.draft.note = r.problems.map((p) => `${p.vi} / ${p.en}`).join(' · ');
  const left = draft.rows.filter((r) => !batch.includes(r));
  // Without coverage (no sources), keep every row: nothing says which numbers are now cited.
  // A number in words is not counted by the check: it stays until accepted.
  const kept = left.filter((r) => refusedRows.has(r) || !check.coverage || !/\d/.test(r.printed ?? '') || open.has(`${r.line}|${r.printed}`));
  if (kept.length > 0) writeDraft(path, kept, draft.columns);
  else if (existsSync(path)) rmSync(path);
  return {
    observations: placed.filter((p) => p.file === 'observations').length,
    exclusions: placed.filter((p) => p.file === 'exclusions').length,
    refused, remaining: kept.length, nowCited: left.length - kept.length, check,
  };
}
