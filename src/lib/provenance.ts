/**
 * Provenance: every citation (source, line, quote) must stand in the source text, and
 * the quote must print each number the row claims, in the source's own format
 * (`10.183` for 10183, `108,7` for 108.7). This is what lets a reader trust a number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, FileKey } from './dataset.ts';
import { FILES } from './dataset.ts';
import { parsePrinted, printedTokens } from './number.ts';
import { checkPrinted } from './printed.ts';
import type { DataProblem } from './problem.ts';

/** The sources folder: `../shared/seeds` beside the project unless SEEDS_DIR says otherwise. */
export function seedsDir(): string {
  return process.env.SEEDS_DIR ?? join(process.cwd(), '..', 'shared', 'seeds');
}

export type SourceLines = Map<string, string[]>;

/** Lines of each source file by source id; undefined when the folder is absent. */
export function readSourceLines(d: Dataset, dir = seedsDir()): SourceLines | undefined {
  if (!existsSync(dir)) return undefined;
  const out: SourceLines = new Map();
  for (const s of d.sources) {
    const path = join(dir, s.file);
    if (existsSync(path)) out.set(s.id, readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/));
  }
  return out;
}

interface Citation {
  file: FileKey;
  row: number;
  source: string;
  line: number;
  quote: string;
  columns: { source: string; line: string; quote: string };
  numbers: { column: string; value: number }[];
}

function citations(d: Dataset): Citation[] {
  const out: Citation[] = [];
  for (const p of d.programmes) {
    if (p.source && p.line && p.quote) {
      out.push({ file: 'programmes', row: p.row, source: p.source, line: p.line, quote: p.quote,
        columns: { source: 'source', line: 'line', quote: 'quote' }, numbers: [] });
    }
  }
  for (const i of d.indicators) {
    if (i.target_source && i.target_line && i.target_quote) {
      const numbers = (['target_low', 'target_high'] as const)
        .filter((c) => i[c] !== undefined)
        .map((c) => ({ column: c, value: i[c]! }));
      out.push({ file: 'indicators', row: i.row, source: i.target_source, line: i.target_line, quote: i.target_quote,
        columns: { source: 'target_source', line: 'target_line', quote: 'target_quote' }, numbers });
    }
  }
  for (const o of d.observations) {
    // The value is tied to its printed number by checkPrinted; total and percent stand on their own.
    const numbers: Citation['numbers'] = [];
    if (o.total !== undefined) numbers.push({ column: 'total', value: o.total });
    if (o.stated_percent !== undefined) numbers.push({ column: 'stated_percent', value: o.stated_percent });
    out.push({ file: 'observations', row: o.row, source: o.source, line: o.line, quote: o.quote,
      columns: { source: 'source', line: 'line', quote: 'quote' }, numbers });
  }
  return out;
}

/** Checks every citation against the source texts; returns the problems (empty when all hold). */
export function checkProvenance(d: Dataset, lines: SourceLines, dirLabel = 'data'): DataProblem[] {
  const out: DataProblem[] = [];
  const files = new Map(d.sources.map((s) => [s.id, s.file]));
  for (const c of citations(d)) {
    const file = `${dirLabel}/${FILES[c.file]}`;
    const text = lines.get(c.source);
    if (!text) {
      out.push({ file, row: c.row, column: c.columns.source, value: c.source,
        vi: `không tìm thấy tệp nguồn ${files.get(c.source) ?? ''} trong thư mục nguồn`,
        en: `the source file ${files.get(c.source) ?? ''} is not in the sources folder` });
      continue;
    }
    const line = text[c.line - 1];
    if (line === undefined) {
      out.push({ file, row: c.row, column: c.columns.line, value: String(c.line),
        vi: `nguồn chỉ có ${text.length} dòng`, en: `the source has only ${text.length} lines` });
      continue;
    }
    if (!line.includes(c.quote)) {
      const elsewhere = text.findIndex((l) => l.includes(c.quote));
      out.push({ file, row: c.row, column: c.columns.quote, value: c.quote,
        vi: elsewhere >= 0
          ? `trích dẫn không nằm ở dòng ${c.line} mà ở dòng ${elsewhere + 1}; sửa cột ${c.columns.line}`
          : `trích dẫn không có nguyên văn ở dòng ${c.line} của nguồn; chép lại đúng từng ký tự`,
        en: elsewhere >= 0
          ? `the quote is not on line ${c.line} but on line ${elsewhere + 1}; fix the ${c.columns.line} column`
          : `the quote is not found verbatim on line ${c.line} of the source; copy it character for character` });
      continue;
    }
    const tokens = printedTokens(c.quote);
    for (const n of c.numbers) {
      if (!tokens.some((t) => parsePrinted(t) === n.value)) {
        out.push({ file, row: c.row, column: n.column, value: String(n.value),
          vi: `trích dẫn không in số này (theo cách viết Việt Nam, ${n.value} in là ${viPrint(n.value)}); các số trong trích dẫn: ${tokens.join(', ') || 'không có'}`,
          en: `the quote does not print this number (in Vietnamese print, ${n.value} is ${viPrint(n.value)}); numbers in the quote: ${tokens.join(', ') || 'none'}` });
      }
    }
  }
  for (const o of d.observations) {
    if (lines.get(o.source)?.[o.line - 1]?.includes(o.quote)) out.push(...checkPrinted(o, `${dirLabel}/${FILES.observations}`));
  }
  return out;
}

export function viPrint(n: number): string {
  return n.toLocaleString('vi-VN', { maximumFractionDigits: 10 });
}
