/**
 * `npm run check:data [-- <data dir>]`: the one check, the same the build runs: the
 * CSVs, their citations, the coverage of the sources, and the narratives and prose
 * pages. Prints counts and warnings; exits 1 on any error, with every problem at
 * once (file, row or line, column, value and fix, in Vietnamese and English) and no
 * stack trace.
 */
import { formatProblem, formatProblems } from '../lib/problem.ts';
import { dataDir } from '../lib/site.ts';
import { validate } from '../lib/validate.ts';
import { dataWarnings } from '../lib/warnings.ts';

const started = performance.now();
const dir = process.argv[2] ?? dataDir();
const v = validate(dir);

if (v.data) {
  const d = v.data;
  console.log(
    `Nguồn/sources: ${d.sources.length} · chương trình/programmes: ${d.programmes.length} · ` +
      `chỉ số/indicators: ${d.indicators.length} · quan sát/observations: ${d.observations.length} · ` +
      `loại trừ/exclusions: ${d.exclusions.length} · trang MDX/MDX pages: ${v.contentFiles}`,
  );
}
if (v.data && !v.sourcesFound && !v.sourcesRequired) {
  console.log(
    `CẢNH BÁO: không thấy thư mục nguồn ${v.sourcesDir}: chưa kiểm tra trích dẫn và độ phủ, nên một con số sai vẫn có thể lọt qua. Đặt SEEDS_DIR để chỉ tới thư mục nguồn; trong CI việc này là bắt buộc.\n` +
      `WARNING: sources folder ${v.sourcesDir} not found: citations and coverage were not checked, so a wrong number could pass. Set SEEDS_DIR to the sources folder; in CI this is required.`,
  );
}
if (v.coverage && v.problems.length === 0) {
  const c = v.coverage;
  console.log(
    `Độ phủ/coverage: ${c.tokens} số trong nguồn/numbers in the sources = ${c.cited} trích dẫn/cited + ${c.excluded} loại trừ/excluded.`,
  );
  for (const [source, t] of c.bySource) console.log(`  ${source}: ${t.tokens} = ${t.cited} + ${t.excluded}`);
}
const warnings = v.data && v.problems.length === 0 ? dataWarnings(v.data, dir) : [];
if (warnings.length > 0) {
  console.log(`\n${warnings.length} cảnh báo (dữ liệu hợp lệ nhưng nên xem lại) / warnings (valid, but worth a look):\n\n${warnings.map(formatProblem).join('\n\n')}\n`);
}
const ms = Math.round(performance.now() - started);
if (v.problems.length > 0) {
  console.error(formatProblems(v.problems));
  console.error(`\n(${ms} ms)`);
  process.exit(1);
}
console.log(`Dữ liệu hợp lệ. / Data is valid. (${ms} ms)`);
