/**
 * Every chart's text as a reader's browser lays it out: no label leaves its SVG, no
 * two labels overlap, every tooltip's text lies within its box and the box within the
 * chart and the viewport, and text stays 12–14 px on screen. Tooltips open on hover,
 * keyboard focus and tap (a second tap follows the link).
 *
 * Measured on every embed (every chart, both languages) at 280, 375, 480, 640 and
 * 1280 px, which shows each of the drawings a chart has (and at 640 px, the height its
 * embed code sets must fit it), and on both home pages at 375 and
 * 1280 px. A chart on an indicator or programme page is the same markup as its embed
 * (checked below, links aside), and which drawing shows depends only on the width of
 * its column, so those pages add no geometry of their own; loading them all would
 * double the test's time for nothing.
 *
 * The themes differ in colours only (light-dark() values), never in geometry, so the
 * layout is measured in the light theme; one test checks that the dark theme lays out
 * the same boxes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './chromium.ts';
import { sitePages } from './links.ts';
import { watchLoads } from './page.ts';
import { codeHeight, embedCode } from './snippet.ts';

const dir = inject('siteDir');
const base = inject('siteUrl');
const chartPages = sitePages(dir).filter((p) => readFileSync(join(dir, p, 'index.html'), 'utf8').includes('class="chart chart-w'));
const isEmbed = (p: string) => /^(en\/)?embed\//.test(p);
const embeds = chartPages.filter(isEmbed);

/** The charts of a page by figure id, each drawing without its links (embeds link absolutely). */
function chartsOf(page: string): Map<string, string> {
  const html = readFileSync(join(dir, page, 'index.html'), 'utf8');
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<figure[^>]*id="chart-([^"]+)"[\s\S]*?<div class="chart-sizes">([\s\S]*?)<\/div>/g)) {
    // links aside: an embed's links point to the site and open outside the frame
    out.set(m[1]!, m[2]!.replace(/href="[^"]*"/g, 'href=""').replace(/ target="_blank" rel="noopener"/g, ''));
  }
  return out;
}

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

interface Report { problems: string[]; charts: number; texts: number; sizes: number[] }

/** Runs in the page: measures every shown chart's labels and tooltips. */
function measure(): Report {
  const problems: string[] = [];
  const sizes: number[] = [];
  let texts = 0;
  const charts = [...document.querySelectorAll<SVGSVGElement>('svg.chart')].filter((s) => s.getClientRects().length > 0);
  const inside = (a: DOMRect, b: DOMRect, slack = 0.5) => a.left >= b.left - slack && a.right <= b.right + slack && a.top >= b.top - slack && a.bottom <= b.bottom + slack;
  const overlap = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  const name = (el: Element) => `"${(el.textContent ?? '').slice(0, 40)}"`;
  charts.forEach((svg, i) => {
    const id = `${svg.closest('figure')?.id ?? 'chart'}#${i} (${svg.getAttribute('class')})`;
    const frame = svg.getBoundingClientRect();
    // each line of a label is its own box: a two-line label is not one wide rectangle
    const boxes: { el: Element; r: DOMRect }[] = [];
    for (const text of svg.querySelectorAll('text')) {
      if (text.closest('.tip')) continue;
      const lines = text.querySelectorAll('tspan').length ? [...text.querySelectorAll('tspan')] : [text];
      for (const line of lines) {
        if (!(line.textContent ?? '').trim()) continue;
        const r = line.getBoundingClientRect();
        boxes.push({ el: line, r });
        if (!inside(r, frame)) problems.push(`${id}: ${name(line)} leaves the chart`);
      }
      sizes.push(parseFloat(getComputedStyle(text).fontSize) * (frame.width / svg.viewBox.baseVal.width || frame.width / Number(svg.getAttribute('width'))));
      texts++;
    }
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        if (overlap(boxes[a]!.r, boxes[b]!.r)) problems.push(`${id}: ${name(boxes[a]!.el)} overlaps ${name(boxes[b]!.el)}`);
      }
    }
    // tooltips, all opened at once: their geometry does not depend on how they opened
    for (const a of svg.querySelectorAll('a')) a.classList.add('tip-open');
    for (const tip of svg.querySelectorAll('.tip')) {
      const box = tip.querySelector('rect')!.getBoundingClientRect();
      for (const t of tip.querySelectorAll('text')) if (!inside(t.getBoundingClientRect(), box)) problems.push(`${id}: tooltip text ${name(t)} leaves its box`);
      if (!inside(box, frame)) problems.push(`${id}: tooltip ${name(tip)} leaves the chart`);
      if (box.left < 0 || box.right > innerWidth) problems.push(`${id}: tooltip ${name(tip)} leaves the viewport`);
      if (getComputedStyle(tip.querySelector('text')!).textAnchor !== 'start') problems.push(`${id}: tooltip ${name(tip)} is not left-aligned`);
    }
    for (const a of svg.querySelectorAll('a')) a.classList.remove('tip-open');
  });
  return { problems, charts: charts.length, texts, sizes };
}

interface Sweep extends Report {
  pages: number;
  loadProblems: string[];
  /** the page's height at each width, by "path@width" */
  heights: Map<string, number>;
}

/**
 * Loads each page once and measures it at each width in turn (the layout follows the
 * viewport). Each load is also watched as quality.test.ts watches every other page's:
 * no console error, failed request or request elsewhere.
 */
async function sweep(widths: number[], paths: string[]): Promise<Sweep> {
  const all: Sweep = { problems: [], charts: 0, texts: 0, sizes: [], pages: 0, loadProblems: [], heights: new Map() };
  const queue = [...paths];
  const worker = async () => {
    const context = await browser.newContext({ viewport: { width: widths[0]!, height: 900 } });
    const page = await context.newPage();
    const watch = watchLoads(page, base);
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      await page.setViewportSize({ width: widths[0]!, height: 900 });
      await watch.load(p);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        const r = await page.evaluate(measure);
        all.problems.push(...r.problems.map((x) => `/${p} @${width}: ${x}`));
        all.charts += r.charts;
        all.texts += r.texts;
        all.sizes.push(Math.min(...r.sizes), Math.max(...r.sizes));
        all.heights.set(`${p}@${width}`, await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
      }
      all.pages++;
    }
    all.loadProblems.push(...watch.problems());
    await context.close();
  };
  await Promise.all([worker(), worker()]);
  return all;
}

describe('chart text, on every chart page and embed, both languages', () => {
  it('finds the chart pages: home, programmes, indicators and embeds, in both languages', () => {
    expect(chartPages).toContain('');
    expect(chartPages).toContain('en/');
    expect(chartPages.filter((p) => /^(en\/)?embed\//.test(p)).length).toBeGreaterThan(100);
    // every embed, since the sweep below is also the one that watches embeds load cleanly
    expect(embeds).toEqual(sitePages(dir).filter(isEmbed));
    expect(chartPages.filter((p) => /^(en\/)?indicators\/./.test(p)).length).toBeGreaterThan(100);
  });

  it('every chart on an indicator or programme page is drawn exactly as its embed draws it', () => {
    const differ: string[] = [];
    let compared = 0;
    for (const page of chartPages.filter((p) => !isEmbed(p) && p !== '' && p !== 'en/')) {
      const prefix = page.startsWith('en/') ? 'en/' : '';
      for (const [id, markup] of chartsOf(page)) {
        compared++;
        if (chartsOf(`${prefix}embed/${id}/`).get(id) !== markup) differ.push(`${page}: ${id}`);
      }
    }
    expect(compared).toBeGreaterThan(150);
    expect(differ).toEqual([]);
  });

  // 280 to 1280 px show each of a chart's drawings; 640 px is the article column the embed code's height is for
  const EMBED_WIDTHS = [280, 375, 480, 640, 1280];
  let embedSweep: Sweep | undefined;

  it.each([
    ['every embed', embeds, EMBED_WIDTHS],
    ['the home pages', ['', 'en/'], [375, 1280]],
  ] as const)('%s: load cleanly; every label inside its chart, none overlapping, tooltips inside, text 12–14 px', async (_, paths, widths) => {
    const r = await sweep([...widths], [...paths]);
    if (paths === embeds) embedSweep = r;
    expect(r.pages).toBe(paths.length);
    expect(r.loadProblems).toEqual([]);
    expect(r.charts).toBeGreaterThanOrEqual(paths.length * widths.length);
    expect(r.texts).toBeGreaterThan(r.charts * 3);
    expect(r.problems).toEqual([]);
    expect(Math.min(...r.sizes)).toBeGreaterThanOrEqual(11.9);
    expect(Math.max(...r.sizes)).toBeLessThanOrEqual(14.1);
  }, 300_000);

  // the frame's height before the host's script (if any) fits it: the embed's own
  // scripts change nothing of its layout, so the sweep's heights are those without them
  it('every embed fits the height its embed code sets, in a 640 px article column, without a gap a reader would notice', () => {
    expect(embedSweep, 'the embed sweep ran').toBeDefined();
    const misfits: string[] = [];
    for (const p of embeds) {
      const [, lang, id] = /^(en\/)?embed\/([^/]+)\/$/.exec(p)!;
      const frame = codeHeight(embedCode(dir, id!, (lang ?? '') as '' | 'en/'));
      const content = embedSweep!.heights.get(`${p}@640`);
      if (content === undefined || content > frame || frame - content > 160) misfits.push(`${p}: content ${content}, frame ${frame}`);
    }
    expect(misfits).toEqual([]);
  });
});

describe('a chart at any width', () => {
  it('shows one drawing that fits, with 12–14 px text, from a 280 px embed to a wide one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const width of [280, 320, 400, 500, 640, 760]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${base}embed/new-members-admitted/`, { waitUntil: 'load' });
      const shown = await page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('svg.chart')].filter((s) => s.getClientRects().length > 0)
        .map((s) => ({ drawn: Number(s.getAttribute('width')), shown: s.getBoundingClientRect().width })));
      expect(shown, `${width}`).toHaveLength(1);
      const scale = shown[0]!.shown / shown[0]!.drawn;
      expect(12 * scale, `${width}`).toBeGreaterThanOrEqual(11.9);
      expect(12 * scale, `${width}`).toBeLessThanOrEqual(14.1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}`).toBeLessThanOrEqual(width);
    }
    await context.close();
  });

  it('lays out the same boxes in the dark theme as in the light', async () => {
    const boxes = async (colorScheme: 'light' | 'dark') => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 375, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}`, { waitUntil: 'load' });
      const r = await page.evaluate(() => [...document.querySelectorAll('svg.chart text')].map((t) => JSON.stringify(t.getBoundingClientRect())));
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await context.close();
      return { r, bg };
    };
    const light = await boxes('light');
    const dark = await boxes('dark');
    expect(dark.bg).not.toBe(light.bg);
    expect(dark.r).toEqual(light.r);
  });
});

describe('tooltips', () => {
  const tipOf = (page: Page) => page.locator('svg.chart:visible a').first().locator('.tip');

  it.each(['indicators/new-members-admitted/', 'en/', 'embed/par-index-rank/'])('%s: open on hover and on keyboard focus', async (path) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${base}${path}`);
    const mark = page.locator('svg.chart:visible a').first();
    await expect(tipOf(page).isVisible()).resolves.toBe(false);
    await mark.hover();
    await expect(tipOf(page).isVisible()).resolves.toBe(true);
    await page.mouse.move(0, 0);
    await expect(tipOf(page).isVisible()).resolves.toBe(false);
    await mark.focus();
    await expect(tipOf(page).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('open on a first tap, and follow the link to the quote on the second', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${base}indicators/new-members-admitted/`);
    const mark = page.locator('svg.chart:visible a').first();
    const href = await mark.getAttribute('href');
    // the mark itself: once open, the tooltip (which lets taps through) covers the middle of the link's box
    const shape = mark.locator(':scope > :first-child');
    await shape.tap();
    await expect(tipOf(page).isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await shape.tap();
    await page.waitForURL((u) => u.hash === href);
    await context.close();
  });
});
