/**
 * Long pages keep their height while a reader scrolls them, so the scrollbar does not
 * jump and a link to a line of a source lands on that line: the layout must not depend
 * on what has been scrolled into view (as `content-visibility: auto` with a poor size
 * estimate did: one indicator page grew from 4,097 to 5,076 px, a source page from
 * 15,840 to 63,746 px).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './chromium.ts';
import { visit } from './page.ts';

const base = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Scrolls to the bottom a screen at a time, letting each screen render before the next. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await frame();
    }
  });
}

const height = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

// the longest source page, the index, and the indicator page with the most reports
const LONG = ['sources/report-2023-midterm/', 'indicators/', 'indicators/new-members-admitted/', 'en/sources/report-2023-midterm/'];

describe.each([375, 1280])('at %i px wide', (width) => {
  it.each(LONG)('%s keeps its height (within 2%) from load to the bottom', async (path) => {
    const v = await visit(browser, `${base}${path}`, { width });
    const before = await height(v.page);
    await scrollThrough(v.page);
    const after = await height(v.page);
    expect(before).toBeGreaterThan(2 * 844);
    expect(Math.abs(after - before) / before, `${before} → ${after} px`).toBeLessThan(0.02);
    await v.page.context().close();
  });
});

describe('a link to an anchor far down a long page', () => {
  it.each([
    ['a source line', 'sources/report-2023-midterm/', 'li.obs'],
    ['a programme in the index', 'indicators/', '.ix-group'],
  ])('lands on %s, and it stays in view', async (_, path, selector) => {
    // an item far down, whose position depends on most of the page above it, with a
    // screen of page below it so that it can scroll to the top
    const probe = await visit(browser, `${base}${path}`, { javaScript: false });
    const items = probe.page.locator(selector);
    const id = await items.nth(Math.floor((await items.count()) * 0.8)).getAttribute('id');
    await probe.page.context().close();
    expect(id).toBeTruthy();
    const v = await visit(browser, `${base}${path}#${id}`);
    const inView = () => v.page.evaluate((target) => {
      const r = document.getElementById(target)!.getBoundingClientRect();
      return { top: Math.round(r.top), scrolled: Math.round(scrollY), viewport: innerHeight };
    }, id!);
    const landed = await inView();
    expect(landed.scrolled).toBeGreaterThan(0);
    // at the top of the screen, below its scroll margin (1rem)
    expect(Math.abs(landed.top - 16), JSON.stringify(landed)).toBeLessThanOrEqual(2);
    // scrolling up a screen renders what is above; the target must not move
    await v.page.evaluate(() => new Promise((r) => { scrollBy(0, -innerHeight); requestAnimationFrame(() => requestAnimationFrame(r)); }));
    await v.page.evaluate(() => new Promise((r) => { scrollBy(0, innerHeight); requestAnimationFrame(() => requestAnimationFrame(r)); }));
    expect((await inView()).top).toBe(landed.top);
    await v.page.context().close();
  });
});
