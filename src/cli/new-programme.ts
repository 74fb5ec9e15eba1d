/**
 * `npm run new:programme -- <slug>`: scaffolds a programme for an editor to fill in:
 * a row in data/programmes.csv with the id set and the rest to complete (the check
 * names each cell still missing), and a narrative in each language from a template
 * that already uses the data components.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FILES } from '../lib/dataset.ts';
import { dataDir } from '../lib/site.ts';
import { TEMPLATE } from '../lib/template.ts';

const NARRATIVES = process.env.NARRATIVES_DIR ?? 'src/content/narratives';


function fail(vi: string, en: string): never {
  console.error(`vi: ${vi}\nen: ${en}`);
  process.exit(1);
}

const slug = process.argv[2] ?? '';
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
  fail('cần một mã chữ thường không dấu, ví dụ: npm run new:programme -- nq-05-tu-2024',
    'give a lower-case ASCII id, e.g. npm run new:programme -- nq-05-tu-2024');
}
const file = join(dataDir(), FILES.programmes);
const text = readFileSync(file, 'utf8');
const { data } = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
if (data.some((r) => r.id === slug)) fail(`"${slug}" đã có trong ${file}`, `"${slug}" is already in ${file}`);
for (const lang of ['vi', 'en'] as const) {
  if (existsSync(join(NARRATIVES, lang, `${slug}.mdx`))) fail(`đã có bài viết ${lang}/${slug}.mdx`, `narrative ${lang}/${slug}.mdx already exists`);
}

const header = Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data[0]!;
const row = header.map((h) => (h === 'id' ? slug : ''));
const eol = text.includes('\r\n') ? '\r\n' : '\n';
appendFileSync(file, (text.endsWith('\n') ? '' : eol) + Papa.unparse([row]) + eol);
for (const lang of ['vi', 'en'] as const) {
  mkdirSync(join(NARRATIVES, lang), { recursive: true });
  writeFileSync(join(NARRATIVES, lang, `${slug}.mdx`), TEMPLATE[lang]);
}
console.log(`Đã thêm / added:
  ${file}: một dòng "${slug}" — điền kind, title_vi, title_en… / a row to fill: kind, title_vi, title_en…
  ${NARRATIVES}/vi/${slug}.mdx, ${NARRATIVES}/en/${slug}.mdx — bài viết / the narratives
Tiếp theo / next: npm run check:data (nói rõ ô nào còn thiếu / names every cell still to fill)`);
