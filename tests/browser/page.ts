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
