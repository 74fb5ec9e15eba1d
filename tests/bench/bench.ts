/**
 * `npm run bench`: what a reader on a phone gets, and what the build costs.
 * - per page kind: bytes (gzipped) and requests of a first visit, Largest Contentful
 *   Paint and Cumulative Layout Shift in Chromium with a mobile profile (4× CPU
 *   slowdown, a slow-4G network: 150 ms round trip, 1.6 Mbit/s down);
 * - the build's time and peak memory, and the check's time, on the real data and on
 *   synthetic data at 10× and 100× (`npm run bench -- --builds` for these alone).
 * A benchmark, not a test: it prints a table and fails on nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../browser/build.ts';
import { launch } from '../browser/chromium.ts';
import { serve } from '../browser/server.ts';
import { firstVisit } from '../browser/weight.ts';
import { makeSynthetic } from './synthetic.ts';

const TMP = 'tests/.tmp/bench';
const KINDS: [string, string][] = [
  ['home', ''], ['programme', 'programmes/congress-17/'], ['indicator', 'indicators/new-members-admitted/'],
  ['indicators', 'indicators/'], ['source', 'sources/report-2023-midterm/'], ['method', 'method/'],
  ['data', 'data/'], ['search', 'search/'], ['embed', 'embed/new-members-admitted/'],
];

function seconds(ms: number) {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function vitals(url: string): Promise<{ lcp: number; cls: number; requests: number }> {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let requests = 0;
  page.on('request', () => { requests++; });
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __cls: number };
    w.__lcp = 0;
    w.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const r = await page.evaluate(() => { const w = window as unknown as { __lcp: number; __cls: number }; return { lcp: w.__lcp, cls: w.__cls }; });
  await browser.close();
  return { ...r, requests };
}

const buildsOnly = process.argv.includes('--builds');
const rows: string[] = [];
rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });

/** Builds into `dist` and returns the time and the peak memory (MB) of the build process. */
function measuredBuild(dist: string, env: Record<string, string> = {}): { ms: number; mb: number } {
  const file = join(TMP, `rss-${Date.now()}`);
  const ms = buildSite(dist, { ...env, MAX_RSS_FILE: file }, ['--import', './tests/bench/max-rss.ts']);
  return { ms, mb: Number(readFileSync(file, 'utf8')) / 1024 };
}

/** `npm run check:data` on the data: its time, and its peak memory (MB). */
function measuredCheck(env: Record<string, string> = {}): { ms: number; mb: number } {
  const file = join(TMP, `rss-check-${Date.now()}`);
  const start = Date.now();
  spawnSync(process.execPath, ['--import', './tests/bench/max-rss.ts', 'src/cli/check-data.ts'], { env: { ...process.env, ...env, MAX_RSS_FILE: file }, stdio: 'ignore' });
  return { ms: Date.now() - start, mb: Number(readFileSync(file, 'utf8')) / 1024 };
}

const dist = join(TMP, 'dist');
const real = measuredBuild(dist);
if (!buildsOnly) {
  const server = await serve(dist, '/', () => ({}), true);
  rows.push('| page kind | first visit (gzip) | of which JS | requests | LCP (mobile, slow 4G, 4× CPU) | CLS |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [kind, path] of KINDS) {
    const w = firstVisit(dist, join(dist, path, 'index.html'));
    const v = await vitals(`${server.url}${path}`);
    rows.push(`| ${kind} | ${(w.total / 1000).toFixed(1)} kB | ${(w.js / 1000).toFixed(1)} kB | ${v.requests} | ${Math.round(v.lcp)} ms | ${v.cls.toFixed(3)} |`);
  }
  await server.close();
}

const mb = (n: number) => `${Math.round(n)} MB`;
const check = measuredCheck();
const builds = ['| data | build time | build peak memory | check:data time | check:data peak memory |', '| --- | ---: | ---: | ---: | ---: |',
  `| real (1×) | ${seconds(real.ms)} | ${mb(real.mb)} | ${seconds(check.ms)} | ${mb(check.mb)} |`];
for (const k of [10, 100]) {
  const syn = makeSynthetic(k, join(TMP, `synthetic-${k}`));
  const env = { DATA_DIR: syn.data, SEEDS_DIR: syn.seeds };
  const b = measuredBuild(join(TMP, `dist-${k}`), env);
  const c = measuredCheck(env);
  builds.push(`| synthetic ${k}× (every source ${k} times, with its observations and exclusions) | ${seconds(b.ms)} | ${mb(b.mb)} | ${seconds(c.ms)} | ${mb(c.mb)} |`);
  rmSync(join(TMP, `dist-${k}`), { recursive: true, force: true });
}
console.log(['', ...rows, '', ...builds, ''].join('\n'));
