/**
 * The indicators index as a reader uses it: without JavaScript a plain list grouped by
 * programme, every indicator once, with its latest result and status; with it, a filter
 * by status and by programme that says how many it shows and keeps itself in the address.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './chromium.ts';
import { visit } from './page.ts';
import { BUDGET, firstVisit } from './weight.ts';
import { indicatorIndex, statusCounts } from '../../src/lib/indicator-index.ts';
import { getSite } from '../../src/lib/site.ts';

const base = inject('siteUrl');
const dir = inject('siteDir');
const site = getSite();
const groups = indicatorIndex(site, 'vi');
const counts = new Map(statusCounts(groups));
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const shown = (page: Page) => page.locator('.ix-group li[data-status]:visible');
const shownGroups = (page: Page) => page.locator('.ix-group:visible').evaluateAll((gs) => gs.map((g) => g.id));

describe('without JavaScript', () => {
  it('lists every indicator once, under its programme, in the order of programmes.csv', async () => {
    const v = await visit(browser, `${base}indicators/`, { javaScript: false });
    const ids = await v.page.locator('.ix-group').evaluateAll((gs) => gs.map((g) => g.id));
    expect(ids).toEqual(site.data.programmes.filter((p) => site.indicatorsOf(p.id).length > 0).map((p) => p.id));
    const links = await v.page.locator('.ix-group li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(site.data.indicators.length);
    expect(new Set(links).size).toBe(site.data.indicators.length);
    expect(await v.page.locator('#congress-17 h2').textContent()).toContain('Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ XVII');
    await v.page.context().close();
  });

  it('shows each indicator with its latest result and status, and no controls that would do nothing', async () => {
    const v = await visit(browser, `${base}indicators/`, { javaScript: false });
    const item = v.page.locator('li', { has: v.page.locator('a[href="/indicators/new-members-admitted/"]') });
    await expect(item.textContent()).resolves.toMatch(/10\.183 đảng viên \(2022\) · Đạt cả 3\/3 năm/);
    const controls = v.page.locator('.ix-filter');
    await expect(controls.count()).resolves.toBe(1);
    await expect(controls.isVisible()).resolves.toBe(false);
    // indicators without a target stand under their sub-heading, which says so
    const other = v.page.locator('#area-cadres .ix-part').last();
    await expect(other.locator('h3').textContent()).resolves.toBe('Nguồn không nêu chỉ tiêu');
    await v.page.context().close();
  });
});

describe('the filter', () => {
  it('shows one status across programmes, and says how many', async () => {
    const v = await visit(browser, `${base}indicators/`);
    await v.page.selectOption('#ix-status', 'below');
    const statuses = await shown(v.page).evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.status));
    expect(statuses).toHaveLength(counts.get('below')!);
    expect(new Set(statuses)).toEqual(new Set(['below']));
    await expect(v.page.locator('#ix-count').textContent()).resolves.toBe(`Đang hiển thị ${counts.get('below')}/${site.data.indicators.length} chỉ số.`);
    expect(new URL(v.page.url()).search).toBe('?status=below');
    // sub-lists and programmes left empty are hidden, headings and all
    expect(await v.page.locator('.ix-sub:visible').count()).toBe(0);
    expect((await shownGroups(v.page)).every((id) => site.indicatorsOf(id).some((i) => site.current(i.id).status === 'below'))).toBe(true);
    expect(v.errors).toEqual([]);
    await v.page.context().close();
  });

  it('shows one programme, and both filters together', async () => {
    const v = await visit(browser, `${base}en/indicators/`);
    await v.page.selectOption('#ix-programme', 'ctr-01-tu');
    expect(await shownGroups(v.page)).toEqual(['ctr-01-tu']);
    await expect(shown(v.page).count()).resolves.toBe(site.indicatorsOf('ctr-01-tu').length);
    await v.page.selectOption('#ix-status', 'target');
    const withTarget = site.indicatorsOf('ctr-01-tu').filter((i) => site.current(i.id).status !== 'no-target');
    await expect(shown(v.page).count()).resolves.toBe(withTarget.length);
    expect(new URL(v.page.url()).search).toBe('?status=target&programme=ctr-01-tu');
    await v.page.selectOption('#ix-status', 'exceeded');
    await expect(shown(v.page).count()).resolves.toBe(0);
    await expect(v.page.locator('#ix-count').textContent()).resolves.toBe('No indicator matches this filter.');
    await v.page.selectOption('#ix-programme', '');
    await v.page.selectOption('#ix-status', '');
    await expect(shown(v.page).count()).resolves.toBe(site.data.indicators.length);
    expect(new URL(v.page.url()).search).toBe('');
    await v.page.context().close();
  });

  it('applies a filter from a link, and ignores values it does not offer', async () => {
    const v = await visit(browser, `${base}indicators/?status=met&programme=congress-17`);
    const met = site.indicatorsOf('congress-17').filter((i) => site.current(i.id).status === 'met');
    await expect(v.page.inputValue('#ix-status')).resolves.toBe('met');
    await expect(shown(v.page).count()).resolves.toBe(met.length);
    expect(met.length).toBeGreaterThan(0);
    const odd = await visit(browser, `${base}indicators/?status=nonsense`);
    await expect(shown(odd.page).count()).resolves.toBe(site.data.indicators.length);
    await v.page.context().close();
    await odd.page.context().close();
  });

  it('loads its script as a file, within the budgets of the page', async () => {
    const v = await visit(browser, `${base}indicators/`);
    await expect(v.page.locator('.ix-filter').isVisible()).resolves.toBe(true);
    const scripts = await v.page.locator('script').evaluateAll((ss) => ss.map((s) => ({ src: s.getAttribute('src'), inline: (s.textContent ?? '').trim() })));
    expect(scripts.filter((s) => s.inline !== '')).toEqual([]);
    expect(scripts.filter((s) => s.src).length).toBe(1);
    for (const page of ['indicators/', 'en/indicators/']) {
      const w = firstVisit(dir, join(dir, page, 'index.html'));
      expect(w.js, page).toBeGreaterThan(0);
      expect(w.js, page).toBeLessThanOrEqual(BUDGET.js);
      expect(w.total, page).toBeLessThanOrEqual(BUDGET.page);
    }
    await v.page.context().close();
  });
});
