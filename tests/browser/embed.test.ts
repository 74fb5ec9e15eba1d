/**
 * An embed as newsrooms use it: host pages on another origin paste the snippet, and
 * the site is served with its _headers applied as Cloudflare Pages does (every
 * matching rule joined, the stricter case). Covered: every kind of link opens outside
 * the frame; two embeds on one page with the script loaded twice; a frame inserted
 * late and a script loaded late; messages from foreign frames ignored; the height
 * without the script (checked on every embed by charts.test.ts); a dark host; a host
 * with a strict Content-Security-Policy; the site's other pages refusing to be framed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseHeaders } from '../../src/lib/headers.ts';
import { cloudflare } from '../unit/hosts.ts';
import { launch } from './chromium.ts';
import { serve, type StaticServer } from './server.ts';
import { codeHeight, embedCode } from './snippet.ts';

const dir = inject('siteDir');
const A = 'new-members-admitted';
const B = 'overview';
let browser: Browser;
let site: StaticServer;
let host: Server;
let hostUrl: string;

/** The snippet from a chart's share box, pointed at the local site. */
function snippet(id: string, lang: '' | 'en/' = ''): string {
  return embedCode(dir, id, lang).replaceAll('http://localhost:4321/', site.url);
}
const iframeOnly = (id: string) => snippet(id).split('\n')[0]!;
const scriptTag = () => snippet(A).split('\n')[1]!;

/** The host's pages: an article around the snippet, in the shapes a CMS produces. */
function hostPages(): Record<string, { body: string; csp?: string }> {
  const doc = (body: string, style = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${style}</head><body>${body}</body></html>`;
  const article = (inner: string) => doc(`<main><p>An article about Hanoi.</p>${inner}<p>More text.</p></main>`);
  return {
    '/one': { body: article(`${snippet(A)}<iframe id="ad" src="/ad" title="ad" height="100"></iframe><iframe id="other" srcdoc="<p>other</p>" title="other"></iframe>`) },
    '/ad': { body: doc('<p>An advertisement</p>') },
    '/two': { body: article(`${snippet(A)}<p>Between.</p>${snippet(B)}`) },
    '/bare': { body: article(iframeOnly(A)) },
    '/late': { body: article(scriptTag()) },
    '/dark': { body: doc(`<main>${snippet(A)}</main>`, '<link rel="stylesheet" href="/dark.css">') },
    '/dark.css': { body: 'body { background: #000; color: #fff; }' },
    '/strict': {
      body: article(snippet(A)),
      csp: `default-src 'self'; script-src 'self' ${new URL(site.url).origin}; style-src 'self'; frame-src ${new URL(site.url).origin}`,
    },
    '/framed-page': { body: article(`<iframe src="${site.url}indicators/${A}/" title="page"></iframe>`) },
  };
}

beforeAll(async () => {
  browser = await launch();
  const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
  site = await serve(dir, '/', (path) => cloudflare(rules, path));
  const pages = hostPages();
  host = createServer((req, res) => {
    const p = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (!p) return void res.writeHead(404).end();
    const type = req.url?.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'Content-Type': type, ...(p.csp ? { 'Content-Security-Policy': p.csp } : {}) }).end(p.body);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
  // "localhost" here and 127.0.0.1 for the site: two origins, as on the web
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((r) => host?.close(r));
});

async function open(path: string, opts: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<{ ctx: BrowserContext; page: Page; console: string[] }> {
  const ctx = await browser.newContext({ viewport: { width: opts.width ?? 900, height: 800 }, colorScheme: opts.colorScheme ?? 'light' });
  const page = await ctx.newPage();
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.goto(hostUrl + path);
  return { ctx, page, console: messages };
}

const marked = (page: Page, n = 0) => page.locator('iframe[data-hanoi-targets]').nth(n);
const chartFrame = (page: Page, n = 0) => page.frameLocator('iframe[data-hanoi-targets]').nth(n);
const frameHeight = (page: Page, n = 0) => marked(page, n).evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (page: Page, n = 0) => chartFrame(page, n).locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
/** Waits until the frame shows its chart: one drawing, the one its column fits (the stylesheet has loaded). */
async function oneDrawing(frame: { locator: (s: string) => { count: () => Promise<number> } }) {
  await expect.poll(() => frame.locator('svg.chart:visible').count(), { timeout: 30_000 }).toBe(1);
}
/** Waits until the n-th chart frame is as tall as its content. */
async function fits(page: Page, n = 0) {
  await oneDrawing(chartFrame(page, n));
  await expect.poll(async () => Math.abs((await frameHeight(page, n)) - (await contentHeight(page, n))), { timeout: 30_000 }).toBeLessThanOrEqual(1);
}

describe('the embed code', () => {
  it('is an iframe with a title, lazy loading, width and height attributes and no style, plus the script', () => {
    const code = snippet(A);
    expect(code).toMatch(/^<iframe src="[^"]+\/embed\/new-members-admitted\/" title="[^"]+" loading="lazy" width="100%" height="\d+" frameborder="0" data-hanoi-targets><\/iframe>\n<script src="[^"]+\/embed\.js" async><\/script>$/);
    expect(code).not.toContain('style=');
  });

  it('has a resizer under 1 kB', () => {
    const js = readFileSync(join(dir, 'embed.js'));
    expect(js.length).toBeLessThan(1024);
    expect(gzipSync(js, { level: 9 }).length).toBeLessThan(700);
  });
});

describe('an embedded chart on another origin', () => {
  it('opens every kind of link in a new tab, never inside the frame', async () => {
    const { ctx, page } = await open('/one');
    // the embed's links are absolute, to the site's public address: answer for it
    await ctx.route('http://localhost:4321/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>page</title>' }));
    const frame = chartFrame(page);
    await oneDrawing(frame);
    await frame.locator('figure > details > summary').click();
    const kinds: [string, string][] = [
      ['a mark in the chart', 'svg.chart:visible a'],
      ['a value in the table', 'table td.num a'],
      ['a source in the table', 'table td:last-child a'],
      ['the full page', `footer a[href$="/indicators/${A}/"]`],
      ['the licence', 'footer a[rel~="license"]'],
    ];
    const embedUrl = await marked(page).evaluate((f: HTMLIFrameElement) => f.src);
    for (const [kind, selector] of kinds) {
      const link = frame.locator(selector).first();
      const href = await link.evaluate((a) => new URL(a.getAttribute('href')!, document.baseURI).href);
      const [tab] = await Promise.all([ctx.waitForEvent('page'), link.click()]);
      await tab.waitForLoadState('domcontentloaded');
      expect(tab.url(), kind).toBe(href);
      expect(page.url(), kind).toBe(`${hostUrl}/one`);
      expect(page.frames().find((f) => f.url().startsWith(site.url))?.url(), kind).toBe(embedUrl);
      await tab.close();
    }
    await ctx.close();
  });

  it('has no link, in any embed, that would load inside the frame', () => {
    for (const lang of ['', 'en/']) {
      for (const id of readdirSync(join(dir, lang, 'embed'))) {
        const html = readFileSync(join(dir, lang, 'embed', id, 'index.html'), 'utf8');
        expect(html, id).toMatch(/<head><base target="_blank">/);
        const links = html.match(/<a\s[^>]*>/g) ?? [];
        expect(links.length, id).toBeGreaterThan(3);
        // the base target covers the HTML links; the chart's own links say so themselves
        // every drawing of the chart, one per width
        const svgs = [...html.matchAll(/<svg[^>]*class="chart[^"]*"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
        expect(svgs.length, id).toBeGreaterThan(1);
        for (const svg of svgs) for (const a of svg.match(/<a\s[^>]*>/g) ?? []) expect(a, id).toMatch(/target="_blank" rel="noopener"/);
      }
    }
  });

  it('fits two embeds on one page, with the script loaded twice, and ignores messages from other frames', async () => {
    const { ctx, page } = await open('/two');
    await fits(page, 0);
    await fits(page, 1);
    expect(await page.evaluate(() => (window as unknown as { hanoiTargets: number }).hanoiTargets)).toBe(1);
    expect(await page.locator('script[src$="embed.js"]').count()).toBe(2);
    await page.setViewportSize({ width: 320, height: 800 });
    await fits(page, 0);
    await fits(page, 1);
    await ctx.close();
  });

  it('ignores height messages from the host, an ad frame and any other frame, and leaves them alone', async () => {
    const { ctx, page } = await open('/one');
    await fits(page);
    const before = await frameHeight(page);
    const ad = page.frames().find((f) => f.url() === `${hostUrl}/ad`)!;
    const other = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    const adHeight = await page.locator('#ad').evaluate((f) => f.getBoundingClientRect().height);
    await page.evaluate(() => window.postMessage({ type: 'hanoi-targets:height', height: 5000 }, '*'));
    for (const f of [ad, other] as Frame[]) {
      await f.evaluate(() => {
        window.parent.postMessage({ type: 'hanoi-targets:height', height: 15002 }, '*');
        window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 4000 }, '*');
      });
    }
    // a message the host listens for after ours: once it has arrived, ours were handled too
    await page.evaluate(() => new Promise<void>((resolve) => {
      addEventListener('message', (e) => e.data === 'done' && resolve());
      postMessage('done', '*');
    }));
    expect(await frameHeight(page)).toBe(before);
    expect(await page.locator('#ad').evaluate((f) => f.getBoundingClientRect().height)).toBe(adHeight);
    // and the listener still obeys the chart's own frame afterwards
    await page.setViewportSize({ width: 320, height: 800 });
    await fits(page);
    await ctx.close();
  });

  it('sizes a frame inserted after the script ran, and a frame already loaded when the script arrives', async () => {
    const { ctx, page } = await open('/late');
    await page.waitForFunction(() => 'hanoiTargets' in window);
    await page.evaluate((html) => document.querySelector('main')!.insertAdjacentHTML('beforeend', html), iframeOnly(A));
    await fits(page);
    await ctx.close();

    const bare = await open('/bare');
    await oneDrawing(chartFrame(bare.page));
    await bare.page.waitForLoadState('load');
    await bare.page.evaluate((src) => new Promise((resolve) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      document.body.append(s);
    }), /src="([^"]+)"/.exec(scriptTag())![1]!);
    await fits(bare.page);
    await bare.ctx.close();
  });

  it('shows the whole chart down to its last footer line without the script, at 640 px, on the host', async () => {
    const { ctx, page } = await open('/bare', { width: 640 + 16 });
    const frame = chartFrame(page);
    await oneDrawing(frame);
    const height = await frameHeight(page);
    expect(height).toBe(codeHeight(iframeOnly(A)));
    const bottom = await frame.locator('footer > details.cite').evaluate((e) => e.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(height);
    await ctx.close();
  });

  // The default height in a 640 px article column is measured on every embed by the chart sweep (charts.test.ts).

  it('stays light on a dark host unless asked, and is dark from its first paint with ?theme=dark', async () => {
    const { ctx, page } = await open('/dark', { colorScheme: 'dark' });
    await oneDrawing(chartFrame(page));
    expect(await chartFrame(page).locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(255, 255, 255)');
    await ctx.close();

    const dark = await browser.newContext({ colorScheme: 'light' });
    // in every frame, before any of its own script: note the theme when the body first appears
    await dark.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (!document.body) return;
        (window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset.theme ?? 'none';
        obs.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page2 = await dark.newPage();
    await page2.goto(`${site.url}en/embed/${A}/?theme=dark`);
    await oneDrawing(page2);
    expect(await page2.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('dark');
    expect(await page2.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
    await page2.goto(`${site.url}en/embed/${A}/?theme=auto`);
    expect(await page2.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await dark.close();
  });

  it('works on a host with a strict Content-Security-Policy: no border, fitted, nothing refused', async () => {
    const { ctx, page, console: messages } = await open('/strict');
    await fits(page);
    expect(await marked(page).evaluate((f) => getComputedStyle(f).borderTopWidth)).toBe('0px');
    expect(messages.filter((m) => /Refused|Content Security Policy/i.test(m))).toEqual([]);
    await ctx.close();
  });

  it('while the site\'s other pages refuse to be framed by another site', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const refused = new Promise<string>((resolve) => page.on('console', (m) => /frame-ancestors/.test(m.text()) && resolve(m.text())));
    await page.goto(`${hostUrl}/framed-page`);
    expect(await refused).toMatch(/frame-ancestors 'self'/);
    await ctx.close();
  });
});
