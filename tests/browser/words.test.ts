/**
 * The words around the numbers, as a reader sees them: a programme page opens with its
 * summary, the home page lists what the sources show with numbers from the data and a
 * link per finding, and the glossary gives each term in both languages, reached from
 * every page's footer.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './chromium.ts';
import { visit } from './page.ts';
import { loadDataset } from '../../src/lib/dataset.ts';
import { mdxSummary } from '../unit/bilingual.ts';

const base = inject('siteUrl');
const glossary = loadDataset(process.env.DATA_DIR ?? 'data').glossary;
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe.each([['vi', ''], ['en', 'en/']] as const)('%s edition', (lang, prefix) => {
  it('a programme page shows its summary as a visible lede under the title, without JavaScript', async () => {
    const summary = mdxSummary(readFileSync(`src/content/narratives/${lang}/ctr-01-tu.mdx`, 'utf8'));
    const v = await visit(browser, `${base}${prefix}programmes/ctr-01-tu/`, { javaScript: false });
    const lede = v.page.locator('h1 + p.lede');
    expect(await lede.isVisible()).toBe(true);
    expect(await lede.textContent()).toBe(summary);
    await v.page.context().close();
  });

  it('the home page lists what the sources show, with figures and a link for each finding', async () => {
    const v = await visit(browser, `${base}${prefix}`);
    const items = v.page.locator('section.findings li');
    const n = await items.count();
    expect(n).toBeGreaterThanOrEqual(4);
    expect(n).toBeLessThanOrEqual(6);
    for (let i = 0; i < n; i++) {
      const item = items.nth(i);
      expect(await item.locator('a.stat').count(), `finding ${i + 1} cites a figure`).toBeGreaterThan(0);
      expect(await item.locator(`a[href^="/${prefix}programmes/"]`).count(), `finding ${i + 1} links to its page`).toBe(1);
    }
    // the report's own contradiction is stated with the appendix's two figures
    expect(await items.first().textContent()).toMatch(lang === 'vi' ? /73,5%.*74,9%/ : /73\.5%.*74\.9%/);
    await v.page.context().close();
  });

  it('the glossary lists every term with its other-language rendering, and the footer links to it', async () => {
    const home = await visit(browser, `${base}${prefix}`);
    await home.page.locator('footer a', { hasText: lang === 'vi' ? 'Thuật ngữ' : 'Glossary' }).click();
    await home.page.waitForURL(`${base}${prefix}glossary/`);
    const terms = await home.page.locator('dl.glossary dt').allTextContents();
    expect(terms.length).toBe(glossary.length);
    const scheme = glossary.find((g) => g.id === 'de-an')!;
    const entry = home.page.locator('#term-de-an');
    expect((await entry.textContent())!.trim()).toContain(lang === 'vi' ? scheme.term_vi : scheme.term_en);
    expect(await home.page.locator('#term-de-an + dd').textContent()).toContain(lang === 'vi' ? 'Scheme' : 'Đề án');
    await home.page.context().close();
  });

  it('names a scheme a Scheme (Đề án), from the glossary, in its page title', async () => {
    const v = await visit(browser, `${base}${prefix}programmes/da-12-tu-2022/`);
    expect(await v.page.locator('h1').textContent()).toMatch(lang === 'vi' ? /^Đề án 12-ĐA\/TU/ : /^Scheme 12-ĐA\/TU/);
    await v.page.context().close();
  });
});
