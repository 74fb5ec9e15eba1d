/** Opens pages and records what a reader's browser would complain about. */
import type { Browser, Page } from 'playwright-core';

/** Console and script errors, failed requests, and requests to another site. */
export interface Complaints {
  errors: string[];
  failed: string[];
  foreign: string[];
}

export interface Visit extends Complaints {
  page: Page;
}

/** Listens on `page` from now on; `where` names the page a complaint belongs to. */
function listen(page: Page, origin: string, where: () => string = () => ''): Complaints {
  const c: Complaints = { errors: [], failed: [], foreign: [] };
  const at = (s: string) => (where() ? `${where()}: ${s}` : s);
  page.on('console', (m) => { if (m.type() === 'error') c.errors.push(at(m.text())); });
  page.on('pageerror', (e) => c.errors.push(at(e.message)));
  // a request that a navigation cancels (the favicon, say) is the test's doing, not the page's
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') c.failed.push(at(r.url())); });
  page.on('response', (r) => { if (r.status() >= 400) c.failed.push(at(`${r.status()} ${r.url()}`)); });
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) c.foreign.push(at(r.url())); });
  return c;
}

export async function visit(browser: Browser, url: string, opts: { colorScheme?: 'light' | 'dark'; width?: number; javaScript?: boolean; bypassCSP?: boolean } = {}): Promise<Visit> {
  const context = await browser.newContext({ colorScheme: opts.colorScheme ?? 'light', viewport: { width: opts.width ?? 390, height: 844 }, javaScriptEnabled: opts.javaScript ?? true, bypassCSP: opts.bypassCSP ?? false });
  const page = await context.newPage();
  const v: Visit = { page, ...listen(page, new URL(url).origin) };
  await page.goto(url, { waitUntil: 'load' });
  return v;
}

/** One tab that loads page after page of the site at `base`; each complaint names its page. */
export function watchLoads(page: Page, base: string): { problems: () => string[]; load: (path: string) => Promise<void> } {
  let current = '';
  const c = listen(page, new URL(base).origin, () => current);
  return {
    problems: () => [...c.errors, ...c.failed, ...c.foreign],
    load: async (path) => {
      current = path;
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
    },
  };
}
