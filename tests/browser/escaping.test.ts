/**
 * Text from the CSVs is text everywhere: a build from data whose labels, notes, titles
 * and quotes carry <script>, markup and quotes shows them as written, on every page
 * kind, in the search index, the SVG and PNG downloads and the embed code, and runs
 * nothing.
 *
 * The same build is published under a sub-path (BASE_PATH=/hanoi/, as a GitHub Pages
 * project site is), and every link and asset of it must resolve there. One build serves
 * both checks: a build of its own for each would add half a minute to every test run.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { buildSite } from './build.ts';
import { launch } from './chromium.ts';
import { brokenLinks, htmlFiles } from './links.ts';
import { serve, type StaticServer } from './server.ts';
import { seedsDir } from '../../src/lib/provenance.ts';

const TMP = 'tests/.tmp';
const DATA = join(TMP, 'data-xss');
const SEEDS = join(TMP, 'seeds-xss');
const OUT = join(TMP, 'dist-xss');
const BASE = '/hanoi/';
const EVIL = `<script>alert("x")</script><img src=x onerror=alert(2)> & "double" 'single'`;
const QUOTE = `Thử <script>alert("q")</script> & "nháy" có 7 chỉ tiêu`;

function edit(file: string, f: (s: string) => string) {
  writeFileSync(file, f(readFileSync(file, 'utf8')));
}
const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  for (const d of [DATA, SEEDS, OUT]) rmSync(d, { recursive: true, force: true });
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
  buildSite(OUT, { DATA_DIR: DATA, SEEDS_DIR: SEEDS, BASE_PATH: BASE });
  server = await serve(OUT, BASE);
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile text in the data', () => {
  it('never becomes an element of any page', () => {
    expect(existsSync(join(OUT, 'index.html'))).toBe(true);
    let seen = 0;
    for (const file of htmlFiles(OUT)) {
      const html = readFileSync(file, 'utf8');
      if (html.includes('alert(')) seen++;
      const { document } = parseHTML(html);
      // scripts a browser would run (JSON-LD is data, and its "<" is escaped)
      const scripts = [...document.querySelectorAll('script')]
        .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
        .map((s) => s.textContent ?? '');
      // JSON-LD that a "</script>" in the data had cut short would no longer parse
      for (const ld of document.querySelectorAll('script[type="application/ld+json"]')) JSON.parse(ld.textContent ?? '');
      expect(scripts.filter((s) => s.includes('alert(')), file).toEqual([]);
      expect(document.querySelectorAll('img[src="x"], [onerror]').length, file).toBe(0);
    }
    expect(seen).toBeGreaterThan(5);
  });

  it.each([
    ['home', 'index.html'], ['indicator', 'indicators/new-members-admitted/'], ['quote', 'en/indicators/ctr01-targets-exceeded/'],
    ['programme', 'en/programmes/congress-17/'], ['source', 'sources/article-2024-ctr01/'], ['embed', 'embed/new-members-admitted/'],
    ['indicators index', 'en/indicators/'],
  ])('shows as text on the %s page, and runs nothing', async (_, path) => {
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    await page.goto(`${server.url}${path}`);
    // textContent, not innerText: text folded away in <details> is on the page all the same
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toMatch(/<script>alert\("[xq]"\)<\/script>/);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('stays text in the search index, the downloads and the embed code', () => {
    const index = readFileSync(join(OUT, 'search-index.json'), 'utf8');
    expect(JSON.parse(index).some((e: { t: string }) => e.t.includes('<script>alert("x")</script>'))).toBe(true);
    const svg = readFileSync(join(OUT, 'charts', 'new-members-admitted.svg'), 'utf8');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).not.toContain('<script');
    const png = readFileSync(join(OUT, 'charts', 'new-members-admitted.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const csv = readFileSync(join(OUT, 'charts', 'ctr01-targets-met.csv'), 'utf8');
    expect(csv).toContain('article-2024-ctr01');
    const html = readFileSync(join(OUT, 'indicators', 'new-members-admitted', 'index.html'), 'utf8');
    const code = /<textarea[^>]*class="code"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!;
    // once for the page (textarea), once inside the snippet's title attribute
    expect(code).toContain('title=&quot;Biểu đồ: Kết nạp &amp;lt;script&amp;gt;alert(&amp;quot;x&amp;quot;)');
  });
});

describe('a build under a sub-path (BASE_PATH=/hanoi/)', () => {
  it('has every link and asset resolve under the sub-path', () => {
    expect(htmlFiles(OUT).length).toBeGreaterThan(700);
    expect(brokenLinks(OUT, BASE, 'http://localhost:4321')).toEqual([]);
    const home = readFileSync(join(OUT, 'index.html'), 'utf8');
    expect(home).toContain('href="/hanoi/en/"');
    expect(home).not.toMatch(/(href|src)="\/(?!hanoi\/)/);
  });
});
