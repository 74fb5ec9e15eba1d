import { describe, expect, it } from 'vitest';
import { checkContent, checkDictionaries } from '../../src/lib/content-check.ts';
import { formatProblems } from '../../src/lib/problem.ts';
import { buildSite } from '../../src/lib/site.ts';
import { TEMPLATE } from '../../src/lib/template.ts';
import { dataset } from './helpers.ts';

const site = buildSite(dataset());
const narrative = (text: string) => formatProblems(checkContent(site, [{ path: 'src/content/narratives/vi/x.mdx', text, narrative: true }]));
const page = (text: string) => formatProblems(checkContent(site, [{ path: 'src/content/pages/en/method.mdx', text, narrative: false }]));

describe('the check of narratives and prose pages', () => {
  it('names the .mdx file and line of a component citing an unknown indicator, with the likely one', () => {
    const msg = narrative('---\nsummary: Tóm tắt.\n---\n\nKết nạp\n<Stat indicator="new-member-admitted" period="2021" /> đảng viên.\n');
    expect(msg).toContain('src/content/narratives/vi/x.mdx, dòng/line 6: "<Stat indicator=\\"new-member-admitted\\" period=\\"2021\\" />"');
    expect(msg).toContain('there is no indicator "new-member-admitted" in data/indicators.csv; did you mean "new-members-admitted"?');
    expect(msg).toContain('không có chỉ số "new-member-admitted" trong data/indicators.csv; có phải "new-members-admitted"?');
    expect(msg).not.toMatch(/\n\s+at /);
  });

  it('names an unknown period with the periods there are, and an unknown source', () => {
    expect(narrative('<Stat indicator="new-members-admitted" period="2019" />'))
      .toContain('no observation of this indicator for period "2019" in data/observations.csv; the periods there are: 2020, 2021');
    expect(narrative('<Stat indicator="new-members-admitted" period="2021" source="tinny" />'))
      .toContain('there is no source "tinny" in data/sources.csv; did you mean "tiny"?');
    expect(narrative('<Stat indicator="new-members-admitted" period="2021" show="percent" />'))
      .toContain('that observation (data/observations.csv row 3) has no stated_percent');
    expect(narrative('<Indicator id="weak-orgs" />')).toContain('there is no indicator "weak-orgs"');
    expect(narrative('<Count of="source" />')).toContain('of must be one of: sources, programmes');
  });

  it('reads components over several lines and leaves comments and code alone', () => {
    expect(narrative('Một\n\n<Stat\n  indicator="nope"\n/>')).toContain('x.mdx, dòng/line 3:');
    expect(narrative('{/* <Stat indicator="nope" /> */} and `<Stat indicator="nope" />`')).not.toContain('nope');
  });

  it('names a typed figure with its line, and keeps "6 tháng đầu năm 2024" out', () => {
    const msg = narrative('---\nsummary: Tóm tắt.\n---\n\nTrong 6 tháng đầu năm 2024,\nđã kết nạp 12.000 đảng viên, đạt 95,5% kế hoạch.\n');
    expect(msg).toContain('2 lỗi dữ liệu / 2 data errors');
    expect(msg).toContain('x.mdx, dòng/line 6: "đã kết nạp 12.000 đảng viên');
    expect(msg).toContain('a figure typed into the prose');
  });

  it('finds text left from the new:programme template, in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const msg = narrative(TEMPLATE[lang]);
      expect(msg).toContain('x.mdx, dòng/line 2: ');
      expect(msg).toContain('template text from npm run new:programme is still there');
    }
  });

  it('finds a typed count of the sources in a page and in a dictionary', () => {
    expect(page('Every fact in the five documents is copied.')).toContain('a typed count of the sources ("five documents") goes stale');
    expect(page('Trang dựa trên <Count of="sources" />; in the 2023 report.')).toBe('0 lỗi dữ liệu / 0 data errors:');
    const dict = formatProblems(checkDictionaries([{ path: 'src/i18n/en.json', text: '{\n  "a": "b",\n  "footer.about": "Figures are taken from six source documents."\n}' }]));
    expect(dict).toContain('src/i18n/en.json, dòng/line 3: "six source documents"');
  });

  it('checks the prose without data when the data does not load', () => {
    expect(formatProblems(checkContent(undefined, [{ path: 'p.mdx', text: 'đạt 95,5% và <Stat indicator="nope" />', narrative: true }])))
      .toContain('p.mdx, dòng/line 1: "đạt 95,5%');
  });
});
