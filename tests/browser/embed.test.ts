/**
 * An embed as a journalist uses it: a host page on another origin pastes the snippet;
 * the iframe takes its content's height within a second, again after the host's width
 * changes, and a height message from any other window is ignored.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './chromium.ts';

const base = inject('siteUrl');
const dir = inject('siteDir');
let browser: Browser;
let host: Server;
let hostUrl: string;

/** The snippet from the indicator page's embed box, pointed at the local site. */
function snippet(id: string): string {
  const html = readFileSync(join(dir, 'indicators', id, 'index.html'), 'utf8');
  const code = /<textarea[^>]*class="code"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return code.replaceAll('http://localhost:4321/', base);
}

beforeAll(async () => {
  browser = await launch();
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">
    <p>An article about Hanoi.</p>${snippet('new-members-admitted')}
    <iframe id="other" srcdoc="<p>other</p>" title="other"></iframe></body></html>`;
  host = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page));
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
  // "localhost" here and 127.0.0.1 for the site: two origins, as on the web
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => host?.close(r));
});

const frameHeight = (page: Page) => page.locator('iframe[data-hanoi-targets]').evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (page: Page) => page.frameLocator('iframe[data-hanoi-targets]').locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));

describe('an embedded chart', () => {
  it('snippet: an iframe with a title, lazy loading and a height, and the resize script', () => {
    const code = snippet('new-members-admitted');
    expect(code).toMatch(/<iframe src="[^"]+\/embed\/new-members-admitted\/" title="[^"]+" loading="lazy" width="100%" height="\d+"/);
    expect(code).toMatch(/<script src="[^"]+\/embed\.js" async><\/script>/);
    expect(readFileSync(join(dir, 'embed.js')).length).toBeLessThan(1024);
  });

  it('fits its content within a second, and again when the host gets narrower', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    await page.goto(hostUrl);
    expect(new URL(page.url()).origin).not.toBe(new URL(base).origin);
    await page.frameLocator('iframe[data-hanoi-targets]').locator('svg.chart:visible').waitFor();
    const t0 = Date.now();
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page))), { timeout: 1000, interval: 50 }).toBeLessThanOrEqual(1);
    expect(Date.now() - t0).toBeLessThan(1000);
    const wide = await frameHeight(page);
    await page.setViewportSize({ width: 300, height: 800 });
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page))), { timeout: 1000, interval: 50 }).toBeLessThanOrEqual(1);
    expect(await frameHeight(page)).not.toBe(wide);
    await page.close();
  });

  it('ignores height messages from any other window', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    await page.goto(hostUrl);
    await page.frameLocator('iframe[data-hanoi-targets]').locator('svg.chart:visible').waitFor();
    await expect.poll(() => frameHeight(page), { timeout: 2000 }).toBeGreaterThan(200);
    const before = await frameHeight(page);
    // from the host page itself, and from another iframe on it, in both message formats
    await page.evaluate(() => window.postMessage({ type: 'hanoi-targets:height', height: 5000 }, '*'));
    const other = page.frames().find((f) => f.url() === 'about:srcdoc');
    expect(other, 'the second iframe').toBeDefined();
    await other!.evaluate(() => {
      window.parent.postMessage({ type: 'hanoi-targets:height', height: 3000 }, '*');
      window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 4000 }, '*');
    });
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(before);
    // and the listener still obeys the chart's own frame afterwards
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page))), { timeout: 1000, interval: 50 }).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('applies ?theme=dark and reads without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 280, height: 600 } });
    const page = await ctx.newPage();
    await page.goto(`${base}embed/new-members-admitted/`);
    expect(await page.locator('svg.chart:visible').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(280);
    await ctx.close();
    const dark = await browser.newPage();
    await dark.goto(`${base}en/embed/new-members-admitted/?theme=dark`);
    await expect.poll(() => dark.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
    await dark.close();
  });
});
