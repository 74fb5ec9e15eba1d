/**
 * `npm run check:data [-- <data dir>]`: validates the CSVs, their citations and the
 * coverage of the sources, and prints counts. Exits 1 on any error, with the file,
 * row, column, value and fix of each, in Vietnamese and English, and no stack trace.
 */
import { formatProblems } from '../lib/problem.ts';
import { validate } from '../lib/validate.ts';
import { dataDir } from '../lib/site.ts';

const dir = process.argv[2] ?? dataDir();
const v = validate(dir);

if (v.data) {
  const d = v.data;
  console.log(
    `Nguồn/sources: ${d.sources.length} · chương trình/programmes: ${d.programmes.length} · ` +
      `chỉ số/indicators: ${d.indicators.length} · quan sát/observations: ${d.observations.length} · ` +
      `loại trừ/exclusions: ${d.exclusions.length}`,
  );
}
if (v.data && !v.sourcesFound) {
  console.log(
    `Không thấy thư mục nguồn ${v.sourcesDir}: chưa kiểm tra trích dẫn và độ phủ (đặt SEEDS_DIR để chỉ tới thư mục khác).\n` +
      `Sources folder ${v.sourcesDir} not found: citations and coverage were not checked (set SEEDS_DIR to point elsewhere).`,
  );
}
if (v.coverage && v.problems.length === 0) {
  const c = v.coverage;
  console.log(
    `Độ phủ/coverage: ${c.tokens} số trong nguồn/numbers in the sources = ${c.cited} trích dẫn/cited + ${c.excluded} loại trừ/excluded.`,
  );
  for (const [source, t] of c.bySource) console.log(`  ${source}: ${t.tokens} = ${t.cited} + ${t.excluded}`);
}
if (v.problems.length > 0) {
  console.error(formatProblems(v.problems));
  process.exit(1);
}
console.log('Dữ liệu hợp lệ. / Data is valid.');
