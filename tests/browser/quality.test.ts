/**
 * The quality gates, over the whole built site: page weight budgets, the
 * Content-Security-Policy on every page, every page of both languages loading in
 * Chromium with no console error, failed request or request to another site, and no
 * axe-core violation on any page kind, in both languages and both themes. (Valid HTML:
 * html-validate.test.ts and nu-html.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './chromium.ts';
import { sitePages } from './links.ts';
import { visit, watchLoads } from './page.ts';
import { BUDGET, firstVisit } from './weight.ts';
import { CSP } from '../../src/lib/csp.ts';

const dir = inject('siteDir');
const base = inject('siteUrl');
const pages = sitePages(dir);
const isEmbed = (p: string) => /^(en\/)?embed\//.test(p);

describe('page weight, first visit, gzipped', () => {
  const weights = pages.map((p) => ({ page: p, ...firstVisit(dir, `${dir}/${p}index.html`) }));

  it(`every page is at most ${BUDGET.page / 1000} kB`, () => {
    expect(weights.filter((w) => !isEmbed(w.page) && w.total > BUDGET.page).map((w) => `${w.page}: ${w.total}`)).toEqual([]);
  });
  it(`every embed is at most ${BUDGET.embed / 1000} kB`, () => {
    const embeds = weights.filter((w) => isEmbed(w.page));
    expect(embeds.length).toBeGreaterThan(100);
    expect(embeds.filter((w) => w.total > BUDGET.embed).map((w) => `${w.page}: ${w.total}`)).toEqual([]);
  });
  it(`no page loads more than ${BUDGET.js / 1000} kB of JavaScript`, () => {
    expect(weights.filter((w) => w.js > BUDGET.js).map((w) => `${w.page}: ${w.js}`)).toEqual([]);
  });
});

describe('security', () => {
  it('every page carries the Content-Security-Policy and no inline script', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const html = readFileSync(`${dir}/${p}index.html`, 'utf8');
      if (!html.includes(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`)) bad.push(`${p}: no CSP`);
      for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (!/type="application\/ld\+json"/.test(m[1]!) && m[2]!.trim() !== '') bad.push(`${p}: inline script`);
      }
      if (/\son\w+="/.test(html)) bad.push(`${p}: inline event handler`);
    }
    expect(bad).toEqual([]);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain('unsafe-inline');
  });
});

describe('in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  // The embeds are loaded, with the same watch, by charts.test.ts, which measures each of them.
  const loaded = pages.filter((p) => !isEmbed(p));
  it(`all ${loaded.length} pages other than embeds load with no console error, failed request or request elsewhere`, async () => {
    expect(loaded.length).toBeGreaterThan(700);
    const problems: string[] = [];
    const queue = [...loaded];
    const worker = async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const watch = watchLoads(page, base);
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) await watch.load(p);
      problems.push(...watch.problems());
      await context.close();
    };
    await Promise.all([worker(), worker()]);
    expect(problems).toEqual([]);
  }, 600_000);

  // One page of each kind: what axe checks depends on the template, not the data in it.
  const KINDS = [
    ['home', ''], ['programmes', 'programmes/'], ['programme', 'programmes/congress-17/'],
    ['programme without figures', 'programmes/ctr-10-tu/'], ['indicators', 'indicators/'],
    ['indicator with chart', 'indicators/new-members-admitted/'], ['indicator without chart', 'indicators/grassroots-democracy-seminars-held/'],
    ['rank chart', 'indicators/par-index-rank/'], ['completion chart', 'indicators/weak-orgs-consolidated-city-monitored/'],
    ['sources', 'sources/'], ['source', 'sources/report-2023-midterm/'], ['method', 'method/'], ['glossary', 'glossary/'], ['data', 'data/'],
    ['search', 'search/'], ['editors', 'editors/'], ['warnings', 'editors/warnings/'], ['embed', 'embed/new-members-admitted/'], ['embed, dark on request', 'embed/new-members-admitted/?theme=dark'],
  ] as const;
  // axe's rules whose outcome depends on colours (its WCAG 2 AA set; AAA's contrast rule is off by default)
  const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  // Each page kind is loaded once and checked in both themes (the theme is only the colour
  // scheme, switched in place), two pages at a time: the machine has two cores.
  describe.concurrent('axe-core, light and dark themes', () => {
    it.each(KINDS.flatMap(([kind, path]) => [[`${kind} (vi)`, path], [`${kind} (en)`, `en/${path}`]]))('%s: no violations', async (_, path) => {
      // axe is injected as a script of its own: the page's CSP would rightly refuse it
      const v = await visit(browser, `${base}${path}`, { colorScheme: 'light', bypassCSP: true });
      // the tables and tooltips folded away must be checked too
      await v.page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await v.page.addScriptTag({ content: axeSource });
      const violations: string[] = [];
      for (const theme of ['light', 'dark'] as const) {
        await v.page.emulateMedia({ colorScheme: theme });
        // every rule in the light theme; in the dark one the rules that read colours, since
        // the themes differ in light-dark() colours only (tokens.css), never in markup
        const options = theme === 'light' ? { resultTypes: ['violations'] } : { resultTypes: ['violations'], runOnly: { type: 'rule', values: COLOUR_RULES } };
        const result = await v.page.evaluate((o) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
          .axe.run(document, o), options);
        violations.push(...result.violations.map((x) => `${theme}: ${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`));
      }
      expect(violations).toEqual([]);
      await v.page.context().close();
    });
  });
});
