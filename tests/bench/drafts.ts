/**
 * `npm run bench:drafts`: how good the drafts are, per source (see src/lib/draft/measure.ts):
 * with that source's observations and exclusions removed from a copy of the data, the
 * share of its numbers that get a draft row, of its observations given the data's
 * indicator, of its exclusions given the data's reason, and (for information) of its
 * observations given the data's period. Prints a table; fails on nothing.
 */
import { loadDataset } from '../../src/lib/dataset.ts';
import { readSourceLines } from '../../src/lib/provenance.ts';
import { dataDir } from '../../src/lib/site.ts';
import { measureSource, share, type Share } from '../../src/lib/draft/measure.ts';

const dir = dataDir();
const data = loadDataset(dir);
const lines = readSourceLines(data);
if (!lines) {
  console.error('Không thấy thư mục nguồn / sources folder not found (SEEDS_DIR)');
  process.exit(1);
}
const cell = (s: Share) => `${(100 * share(s)).toFixed(1)}% (${s.hit}/${s.of})`;
const total = { numbers: { hit: 0, of: 0 }, indicators: { hit: 0, of: 0 }, reasons: { hit: 0, of: 0 }, periods: { hit: 0, of: 0 } };
console.log('| source | draft rows | numbers with a row (goal 100%) | indicator as in the data (goal ≥ 60%) | reason as in the data (goal ≥ 80%) | period as in the data | time |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const s of data.sources) {
  const m = measureSource(data, dir, s.id, lines);
  for (const k of ['numbers', 'indicators', 'reasons', 'periods'] as const) {
    total[k].hit += m[k].hit;
    total[k].of += m[k].of;
  }
  console.log(`| ${s.id} | ${m.rows} | ${cell(m.numbers)} | ${cell(m.indicators)} | ${cell(m.reasons)} | ${cell(m.periods)} | ${Math.round(m.ms)} ms |`);
}
console.log(`| all | | ${cell(total.numbers)} | ${cell(total.indicators)} | ${cell(total.reasons)} | ${cell(total.periods)} | |`);
