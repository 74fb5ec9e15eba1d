/**
 * Valid HTML on every built page, by html-validate's recommended rules (the W3C Nu
 * checker runs in nu-html.test.ts). A file of its own, so that it runs beside the
 * browser tests: it needs one core for twenty seconds and no browser.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { sitePages } from './links.ts';

const dir = inject('siteDir');
const pages = sitePages(dir);

describe('valid HTML', () => {
  it('on every page (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));
    const errors: string[] = [];
    for (const p of pages) {
      const report = await validator.validateString(readFileSync(`${dir}/${p}index.html`, 'utf8'), p);
      for (const r of report.results) for (const m of r.messages) errors.push(`${p}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  }, 300_000);
});
