/**
 * The hostile-data build of escaping.test.ts: the real data with <script>, markup and
 * quotes in labels, notes, titles and a quote, published under a sub-path. The global
 * setup starts it beside the shared build, which leaves a core half idle for its
 * first forty seconds; the test waits for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv } from './build.ts';
import { seedsDir } from '../../src/lib/provenance.ts';

const TMP = 'tests/.tmp';
const DATA = join(TMP, 'data-xss');
const SEEDS = join(TMP, 'seeds-xss');
export const OUT = join(TMP, 'dist-xss');
export const BASE = '/hanoi/';
export const EVIL = `<script>alert("x")</script><img src=x onerror=alert(2)> & "double" 'single'`;
export const QUOTE = `Thử <script>alert("q")</script> & "nháy" có 7 chỉ tiêu`;
/** written when the build ends: its exit code */
const DONE = `${OUT}.exit`;
const LOG = `${OUT}.log`;

function edit(file: string, f: (s: string) => string) {
  writeFileSync(file, f(readFileSync(file, 'utf8')));
}
const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;

function prepare(): void {
  for (const d of [DATA, SEEDS, OUT, DONE, LOG]) rmSync(d, { recursive: true, force: true });
  cpSync('data', DATA, { recursive: true });
  cpSync(seedsDir(), SEEDS, { recursive: true });
  const article = join(SEEDS, '000_a5a2cd1b663f6932.txt');
  edit(article, (s) => `${s.replace(/\n?$/, '\n')}${QUOTE}\n`);
  const lines = readFileSync(article, 'utf8').split('\n').indexOf(QUOTE) + 1;
  edit(join(DATA, 'indicators.csv'), (s) => s
    .replace('new-members-admitted,congress-17,Số đảng viên mới được kết nạp,New party members admitted,', `new-members-admitted,congress-17,${cell(`Kết nạp ${EVIL}`)},${cell(`Admitted ${EVIL}`)},`)
    .replace(/^(ctr01-targets-exceeded,.*?),,$/m, `$1,${cell(EVIL)},${cell(EVIL)}`));
  edit(join(DATA, 'programmes.csv'), (s) => s.replace('Resolution of the 17th Congress of the Hanoi Party Organisation, 2020–2025 term', `Resolution ${EVIL.replace(/"/g, '""')}`).replace(/^congress-17,,congress-resolution,city-congress,,"/m, `congress-17,,congress-resolution,city-congress,,"${EVIL.replace(/"/g, '""')} `));
  edit(join(DATA, 'observations.csv'), (s) => `${s}ctr01-targets-exceeded,2020-10/2024,7,,,,,article-2024-ctr01,${lines},${cell(QUOTE)},7,${cell(EVIL)},${cell(EVIL)}\n`);
}

/** Forgets an earlier run's build, so that a test never takes it for this run's. */
export function forgetHostileBuild(): void {
  for (const f of [DONE, LOG]) rmSync(f, { force: true });
}

/** Prepares the data and starts the build; its output goes to a log file, so nothing waits on a pipe. */
export function startHostileBuild(): ChildProcess {
  prepare();
  const log = openSync(LOG, 'w');
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    env: { ...cleanEnv(), OUT_DIR: OUT, DATA_DIR: DATA, SEEDS_DIR: SEEDS, BASE_PATH: BASE },
    stdio: ['ignore', log, log],
  });
  child.on('exit', (code) => writeFileSync(DONE, String(code)));
  return child;
}

/** Waits for the build the global setup started (or starts one, when it did not) and stops on its failure. */
export async function hostileBuilt(): Promise<void> {
  if (!existsSync(LOG)) startHostileBuild();
  while (!existsSync(DONE)) await new Promise((r) => setTimeout(r, 250));
  const code = readFileSync(DONE, 'utf8');
  if (code !== '0') throw new Error(`the hostile-data build failed (exit ${code}):\n${readFileSync(LOG, 'utf8').slice(-3000)}`);
}
