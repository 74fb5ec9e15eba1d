/**
 * Adding a source: its text written into the sources folder under the folder's naming
 * (`NNN_<16 hex of its SHA-256>.txt`, the next number), and a row in sources.csv with
 * its id and file set and every field the editor must fill left empty, for the check
 * to name.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FILES } from '../dataset.ts';
import { appendRecords } from './accept.ts';
import { htmlTitle, htmlToLines, looksLikeHtml, plainToLines } from './source-text.ts';

export interface AddedSource {
  file: string;
  lines: number;
  /** the columns of sources.csv left for the editor */
  toFill: string[];
  title?: string;
}

export function sourceFileName(dir: string, text: string): string {
  const used = existsSync(dir) ? readdirSync(dir).map((f) => /^(\d+)_/.exec(f)?.[1]).filter((n): n is string => !!n).map(Number) : [];
  const next = String(used.length ? Math.max(...used) + 1 : 0).padStart(3, '0');
  return `${next}_${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`;
}

export class AddSourceError extends Error {
  readonly vi: string;
  readonly en: string;
  constructor(vi: string, en: string) {
    super(en);
    this.vi = vi;
    this.en = en;
  }
}

export function addSource(input: string, inputName: string, id: string, dataDir: string, sourcesDir: string): AddedSource {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    throw new AddSourceError('mã nguồn chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, ví dụ report-2025-final',
      'a source id is lower-case ASCII letters, digits and hyphens, e.g. report-2025-final');
  }
  const csv = join(dataDir, FILES.sources);
  const table = Papa.parse<Record<string, string>>(readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (table.data.some((r) => r.id === id)) throw new AddSourceError(`"${id}" đã có trong ${csv}`, `"${id}" is already in ${csv}`);
  const html = looksLikeHtml(inputName, input);
  const lines = html ? htmlToLines(input) : plainToLines(input);
  if (lines.length === 0) throw new AddSourceError('tệp không có chữ nào', 'the file has no text');
  const text = lines.join('\n') + '\n';
  if (table.data.some((r) => r.file && existsSync(join(sourcesDir, r.file)) && readFileSync(join(sourcesDir, r.file), 'utf8') === text)) {
    throw new AddSourceError('văn bản này đã có trong thư mục nguồn', 'this text is already in the sources folder');
  }
  const file = sourceFileName(sourcesDir, text);
  try {
    mkdirSync(sourcesDir, { recursive: true });
    writeFileSync(join(sourcesDir, file), text, { flag: 'wx' });
  } catch (e) {
    throw new AddSourceError(`không ghi được vào thư mục nguồn ${sourcesDir} (${(e as NodeJS.ErrnoException).code}); kiểm tra quyền ghi, hoặc đặt SEEDS_DIR`,
      `cannot write into the sources folder ${sourcesDir} (${(e as NodeJS.ErrnoException).code}); check write permission, or set SEEDS_DIR`);
  }
  appendRecords(csv, [{ id, file }]);
  const toFill = (table.meta.fields ?? []).filter((c) => c !== 'id' && c !== 'file');
  return { file, lines: lines.length, toFill, title: html ? htmlTitle(input) : lines[0] };
}
