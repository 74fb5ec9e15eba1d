/**
 * `npm run fill:printed [-- <data dir>]`: fills each empty `printed` cell of
 * observations.csv with the value as its quote prints it, when the quote leaves no
 * doubt (one printed form parses to the value, or the row's qualifier, total or
 * percent picks one). Lists the rows it cannot decide, for an editor to fill. Leaves
 * every other cell, and every filled `printed`, as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FILES } from '../lib/dataset.ts';
import { parseMachineNumber } from '../lib/number.ts';
import { findPrinted } from '../lib/printed.ts';
import { dataDir } from '../lib/site.ts';

const file = join(process.argv[2] ?? dataDir(), FILES.observations);
const raw = readFileSync(file, 'utf8');
const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
const text = raw.slice(bom.length);
const eol = text.includes('\r\n') ? '\r\n' : '\n';
const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
const header = rows[0] ?? [];
const col = (name: string) => header.indexOf(name);
const missing = ['value', 'quote', 'printed'].filter((c) => col(c) < 0);
if (missing.length > 0) {
  console.error(`vi: ${file} thiếu cột ${missing.join(', ')}\nen: ${file} has no ${missing.join(', ')} column`);
  process.exit(1);
}
const num = (cells: string[], name: string) => {
  const s = col(name) < 0 ? '' : (cells[col(name)] ?? '').trim();
  const r = s === '' ? undefined : parseMachineNumber(s);
  return r?.ok ? r.value : undefined;
};

let filled = 0;
const undecided: string[] = [];
rows.forEach((cells, i) => {
  if (i === 0 || cells.every((c) => c.trim() === '') || (cells[col('printed')] ?? '').trim() !== '') return;
  const value = num(cells, 'value');
  const quote = cells[col('quote')] ?? '';
  const found = value === undefined ? { candidates: [] } : findPrinted({
    value, quote, total: num(cells, 'total'), stated_percent: num(cells, 'stated_percent'),
    qualifier: col('qualifier') < 0 ? undefined : cells[col('qualifier')]?.trim() || undefined,
  });
  if (found.printed !== undefined) {
    while (cells.length < header.length) cells.push('');
    cells[col('printed')] = found.printed;
    filled++;
  } else {
    const seen = found.candidates.length > 0 ? found.candidates.join(' | ') : 'không có / none';
    undecided.push(`  dòng/row ${i + 1}: value ${cells[col('value')]}, quote "${quote}"; khớp/matches: ${seen}`);
  }
});

if (filled > 0) writeFileSync(file, bom + Papa.unparse(rows, { newline: eol }));
console.log(`${file}: điền/filled ${filled} ô printed / printed cells.`);
if (undecided.length > 0) {
  console.log(
    `Chưa quyết định được ${undecided.length} dòng; ghi con số đúng như trích dẫn in vào cột printed:\n` +
      `${undecided.length} rows left for an editor; write the number exactly as the quote prints it in the printed column:\n` +
      undecided.join('\n'),
  );
}
