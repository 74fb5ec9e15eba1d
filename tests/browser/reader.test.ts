/**
 * What a reader sees, in a real browser: the main page kinds in both languages load
 * without errors, charts are SVG in the HTML (so they show without JavaScript), and
 * search finds Vietnamese text from a query typed without diacritics.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './chromium.ts';
import { visit } from './page.ts';

const base = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PAGES = [
  ['home', ''],
  ['programme', 'programmes/congress-17/'],
  ['indicator', 'indicators/new-members-admitted/'],
] as const;

describe.each([['vi', ''], ['en', 'en/']] as const)('%s edition', (lang, prefix) => {
  it.each(PAGES)('%s page loads cleanly', async (_, path) => {
    const v = await visit(browser, `${base}${prefix}${path}`);
    expect(v.errors).toEqual([]);
    expect(v.failed).toEqual([]);
    expect(v.foreign).toEqual([]);
    expect(await v.page.getAttribute('html', 'lang')).toBe(lang);
    await v.page.context().close();
  });

  it('shows the indicator chart, its summary and its quotes without JavaScript', async () => {
    const v = await visit(browser, `${base}${prefix}indicators/new-members-admitted/`, { javaScript: false });
    const svg = v.page.locator('figure svg.chart:visible');
    await expect(svg.count()).resolves.toBe(1);
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    const summary = await v.page.locator('figure .summary').textContent();
    expect(summary).toContain(lang === 'vi' ? '10.183 đảng viên' : '10,183 party members');
    // the 2020 result, cited with its quote and the number highlighted as the source prints it
    const quote = v.page.locator('li.obs', { hasText: '108,1%' }).first();
    await expect(quote.locator('blockquote mark').first().textContent()).resolves.toBe('9.729');
    await v.page.context().close();
  });

  it('shows value, period and source when a chart mark gets keyboard focus', async () => {
    const v = await visit(browser, `${base}${prefix}indicators/new-members-admitted/`);
    const mark = v.page.locator('figure svg.chart:visible a').first();
    const tip = mark.locator('.tip');
    await expect(tip.isVisible()).resolves.toBe(false);
    await mark.focus();
    await expect(tip.isVisible()).resolves.toBe(true);
    expect(await tip.textContent()).toMatch(lang === 'vi' ? /2020.*9\.729 đảng viên.*Báo cáo/ : /2020.*9,729 party members.*Report/);
    await v.page.context().close();
  });

  it('switches language to the same page', async () => {
    const v = await visit(browser, `${base}${prefix}indicators/new-members-admitted/`);
    const href = await v.page.locator('.site-nav a[hreflang]').getAttribute('href');
    expect(href).toBe(lang === 'vi' ? '/en/indicators/new-members-admitted/' : '/indicators/new-members-admitted/');
    await v.page.context().close();
  });
});

describe('search', () => {
  it('finds "kết nạp đảng viên" from "ket nap dang vien"', async () => {
    const v = await visit(browser, `${base}search/`);
    await v.page.fill('#q', 'ket nap dang vien');
    await v.page.waitForSelector('#search-results li');
    const titles = await v.page.locator('#search-results li a').allTextContents();
    expect(titles).toContain('Số đảng viên mới được kết nạp');
    expect(v.errors).toEqual([]);
    await v.page.context().close();
  });

  it('works in English too', async () => {
    const v = await visit(browser, `${base}en/search/?q=party%20members%20admitted`);
    await v.page.waitForSelector('#search-results li');
    expect(await v.page.locator('#search-results li a').allTextContents()).toContain('New party members admitted');
    await v.page.context().close();
  });
});
