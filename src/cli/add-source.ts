/**
 * `npm run add:source -- <file> --id <source-id>`: takes an article or report saved as
 * plain text or HTML, writes it into the sources folder (SEEDS_DIR, else ../shared/seeds)
 * one paragraph per line, and adds its row to sources.csv with the fields to fill left
 * empty. Then: fill the row, `npm run draft -- <source-id>`.
 */
import { readFileSync } from 'node:fs';
import { seedsDir } from '../lib/provenance.ts';
import { dataDir } from '../lib/site.ts';
import { addSource, AddSourceError } from '../lib/draft/add-source.ts';

function fail(vi: string, en: string): never {
  console.error(`vi: ${vi}\nen: ${en}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const at = args.indexOf('--id');
const id = at >= 0 ? args[at + 1] ?? '' : '';
const file = args.filter((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1))[0];
if (!file || !id) {
  fail('cách dùng: npm run add:source -- <tệp .txt hoặc .html> --id <mã nguồn>', 'usage: npm run add:source -- <.txt or .html file> --id <source-id>');
}
let input: string;
try {
  input = readFileSync(file, 'utf8');
} catch {
  fail(`không mở được tệp ${file}`, `cannot open ${file}`);
}
try {
  const r = addSource(input, file, id, dataDir(), seedsDir());
  console.log(`Đã thêm / added:
  ${seedsDir()}/${r.file}: ${r.lines} dòng/lines (mỗi đoạn một dòng / one paragraph per line)
  ${dataDir()}/sources.csv: dòng "${id}" — điền / fill in: ${r.toFill.join(', ')}${r.title ? `\n  (tiêu đề trong tệp / the file's title: ${r.title})` : ''}
Tiếp theo / next: điền dòng đó (npm run check:data nêu từng ô còn thiếu / names every cell still empty), rồi / then
  npm run draft -- ${id}`);
} catch (e) {
  if (e instanceof AddSourceError) fail(e.vi, e.en);
  throw e;
}
