/** Opens a page and records what a reader's browser would complain about. */
import type { Browser, Page } from 'playwright-core';

export interface Visit {
  page: Page;
  errors: string[];
  failed: string[];
  foreign: string[];
}

export async function visit(browser: Browser, url: string, opts: { colorScheme?: 'light' | 'dark'; width?: number; javaScript?: boolean; bypassCSP?: boolean } = {}): Promise<Visit> {
  const context = await browser.newContext({ colorScheme: opts.colorScheme ?? 'light', viewport: { width: opts.width ?? 390, height: 844 }, javaScriptEnabled: opts.javaScript ?? true, bypassCSP: opts.bypassCSP ?? false });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const v: Visit = { page, errors: [], failed: [], foreign: [] };
  page.on('console', (m) => { if (m.type() === 'error') v.errors.push(m.text()); });
  page.on('pageerror', (e) => v.errors.push(e.message));
  page.on('requestfailed', (r) => v.failed.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) v.failed.push(`${r.status()} ${r.url()}`); });
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) v.foreign.push(r.url()); });
  await page.goto(url, { waitUntil: 'load' });
  return v;
}

/**
 * One tab that loads page after page and notes, per page, what a reader's browser would
 * complain about: console errors, script errors, failed requests, requests to another site.
 */
export function watchLoads(page: Page, base: string): { problems: string[]; load: (path: string) => Promise<void> } {
  const problems: string[] = [];
  const origin = new URL(base).origin;
  let current = '';
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`${current}: console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`${current}: ${e.message}`));
  // a request the next navigation cancels (the favicon, say) is the test's doing, not the page's
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${current}: failed ${r.url()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${current}: ${r.status()} ${r.url()}`); });
  page.on('request', (r) => { if (!r.url().startsWith(origin)) problems.push(`${current}: request elsewhere ${r.url()}`); });
  return {
    problems,
    load: async (path) => {
      current = path;
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
    },
  };
}
