/**
 * Synthetic data at k times the real size, for the benchmark: every source document
 * is copied k times (as if k reports had covered the same programmes), each copy with
 * its observations, citations and exclusions, so the data stays valid (every quote on
 * its line, every number accounted for) while its rows grow k-fold.
 *
 *   node tests/bench/synthetic.ts <k> <out dir>   → <out>/data and <out>/seeds
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FILES } from '../../src/lib/dataset.ts';
import { seedsDir } from '../../src/lib/provenance.ts';
import { parsePrinted, printedTokens } from '../../src/lib/number.ts';

function read(file: string) {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return { rows: parsed.data, fields: parsed.meta.fields! };
}

export function makeSynthetic(k: number, out: string): { data: string; seeds: string } {
  const data = join(out, 'data');
  const seeds = join(out, 'seeds');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(data, { recursive: true });
  mkdirSync(seeds, { recursive: true });
  const suffix = (n: number) => (n === 0 ? '' : `-c${n}`);
  const sources = read(join('data', FILES.sources));
  const copies = { sources: [] as Record<string, string>[], observations: [] as Record<string, string>[], exclusions: [] as Record<string, string>[] };
  const observations = read(join('data', FILES.observations));
  const exclusions = read(join('data', FILES.exclusions));
  const indicators = read(join('data', FILES.indicators));
  // Targets stay cited to the original documents; in the copies, their numbers are listed as excluded.
  const targetTokens = indicators.rows.filter((i) => i.target_source && i.target_line).flatMap((i) => {
    const file = sources.rows.find((s) => s.id === i.target_source)!.file!;
    const line = readFileSync(join(seedsDir(), file), 'utf8').split(/\r?\n/)[Number(i.target_line) - 1] ?? '';
    const targets = [i.target_low, i.target_high].filter(Boolean).map(Number);
    return printedTokens(line).filter((t) => targets.includes(parsePrinted(t))).map((token) => ({ source: i.target_source!, line: i.target_line!, token, reason: 'aim' }));
  });
  for (let n = 0; n < k; n++) {
    for (const s of sources.rows) {
      const file = n === 0 ? s.file! : s.file!.replace(/\.txt$/, `${suffix(n)}.txt`);
      copyFileSync(join(seedsDir(), s.file!), join(seeds, file));
      copies.sources.push({ ...s, id: s.id + suffix(n), file });
    }
    for (const o of observations.rows) copies.observations.push({ ...o, source: o.source + suffix(n) });
    for (const x of exclusions.rows) copies.exclusions.push({ ...x, source: x.source + suffix(n) });
    if (n > 0) for (const x of targetTokens) copies.exclusions.push({ ...x, source: x.source + suffix(n) });
  }
  const write = (key: keyof typeof FILES, rows: Record<string, string>[], fields: string[]) =>
    writeFileSync(join(data, FILES[key]), Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }) + '\n');
  write('sources', copies.sources, sources.fields);
  write('observations', copies.observations, observations.fields);
  write('exclusions', copies.exclusions, exclusions.fields);
  for (const key of ['programmes', 'indicators'] as const) copyFileSync(join('data', FILES[key]), join(data, FILES[key]));
  copyFileSync(join('data', 'README.md'), join(data, 'README.md'));
  return { data, seeds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [k, out] = [Number(process.argv[2] ?? 10), process.argv[3] ?? `tests/.tmp/synthetic-${process.argv[2] ?? 10}`];
  const r = makeSynthetic(k, out);
  console.log(`${k}× data in ${r.data}, sources in ${r.seeds}`);
}
