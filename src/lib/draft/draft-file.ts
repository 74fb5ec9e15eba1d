/**
 * The draft file, data/drafts/<source-id>.csv: UTF-8 with a byte-order mark and CRLF
 * line ends, so that a spreadsheet opens the Vietnamese correctly; columns read by
 * name, so that an editor may reorder them or add their own.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { DRAFT_COLUMNS } from './draft.ts';

export type Cells = Record<string, string>;

export function draftPath(dataDir: string, sourceId: string): string {
  return join(dataDir, 'drafts', `${sourceId}.csv`);
}

export function writeDraft(path: string, rows: Cells[], columns: readonly string[] = DRAFT_COLUMNS): void {
  mkdirSync(dirname(path), { recursive: true });
  const data = rows.map((r) => columns.map((c) => r[c] ?? ''));
  writeFileSync(path, '\uFEFF' + Papa.unparse({ fields: [...columns], data }, { newline: '\r\n' }) + '\r\n');
}

export function readDraft(path: string): { columns: string[]; rows: Cells[] } | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<Cells>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const columns = parsed.meta.fields ?? [];
  // keep the editor's extra columns after the draft's own
  return { columns: [...DRAFT_COLUMNS, ...columns.filter((c) => !(DRAFT_COLUMNS as readonly string[]).includes(c))], rows: parsed.data };
}
