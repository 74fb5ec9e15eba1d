/**
 * `npm run draft -- <source-id> [--force]`: writes data/drafts/<source-id>.csv, one row
 * per number on the source's lines that is neither cited nor excluded, for an editor
 * to review, correct and mark `accept` = yes; then `npm run draft:accept -- <source-id>`.
 */
import { existsSync } from 'node:fs';
import { loadDataset } from '../lib/dataset.ts';
import { DataError, formatProblems } from '../lib/problem.ts';
import { readSourceLines, seedsDir } from '../lib/provenance.ts';
import { dataDir } from '../lib/site.ts';
import { draftRows } from '../lib/draft/draft.ts';
import { draftPath, writeDraft } from '../lib/draft/draft-file.ts';

function fail(vi: string, en: string): never {
  console.error(`vi: ${vi}\nen: ${en}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const id = args.find((a) => !a.startsWith('--')) ?? '';
const force = args.includes('--force');
if (!id) fail('cần mã nguồn, ví dụ: npm run draft -- report-2023-midterm', 'give a source id, e.g. npm run draft -- report-2023-midterm');

const dir = dataDir();
let data;
try {
  data = loadDataset(dir);
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(formatProblems(e.problems));
  fail('dữ liệu chưa hợp lệ; sửa các lỗi trên (với nguồn mới: điền đủ dòng của nó trong sources.csv) rồi chạy lại',
    'the data is not valid yet; fix the errors above (for a new source: fill in its row in sources.csv) and run again');
}
if (!data.sources.some((s) => s.id === id)) fail(`không có nguồn "${id}" trong sources.csv; thêm bằng npm run add:source`, `there is no source "${id}" in sources.csv; add it with npm run add:source`);
const lines = readSourceLines(data, seedsDir());
if (!lines?.has(id)) fail(`không thấy tệp nguồn của "${id}" trong ${seedsDir()}`, `the source file of "${id}" is not in ${seedsDir()}`);
const path = draftPath(dir, id);
if (existsSync(path) && !force) {
  fail(`đã có bản nháp ${path}; chạy npm run draft:accept -- ${id} để nhận các dòng đã duyệt, hoặc thêm --force để viết lại từ đầu (mất các sửa đổi trong bản nháp)`,
    `${path} already exists; run npm run draft:accept -- ${id} to take in the reviewed rows, or add --force to start over (the draft's edits are lost)`);
}

const rows = draftRows(data, id, lines);
if (rows.length === 0) {
  console.log(`Mọi con số của "${id}" đều đã được trích dẫn hoặc loại trừ; không có gì để nháp. / Every number of "${id}" is already cited or excluded; nothing to draft.`);
  process.exit(0);
}
writeDraft(path, rows);
const facts = rows.filter((r) => r.kind === 'observation');
const reasons = new Map<string, number>();
for (const r of rows) if (r.kind !== 'observation') reasons.set(r.kind, (reasons.get(r.kind) ?? 0) + 1);
console.log(`${path}: ${rows.length} dòng/rows
  ${facts.length} số liệu/observations (${facts.filter((r) => r.indicator).length} có chỉ số gợi ý/with a suggested indicator)
  ${rows.length - facts.length} loại trừ/exclusions: ${[...reasons].map(([k, n]) => `${k} ${n}`).join(', ') || '—'}
Tiếp theo / next: duyệt và sửa từng dòng, ghi "yes" vào cột accept, rồi / review and correct each row, write "yes" in accept, then:
  npm run draft:accept -- ${id}`);
