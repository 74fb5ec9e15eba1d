import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/dataset.ts';
import { checkContent, checkDictionaries, readContent } from '../../src/lib/content-check.ts';
import { t } from '../../src/i18n/index.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { typedFigures } from '../../src/lib/prose.ts';
import { buildSite } from '../../src/lib/site.ts';

const DIR = 'src/content/narratives';
const data = loadDataset('data');
const site = buildSite(data);
const files = (['vi', 'en'] as const).flatMap((lang) => readdirSync(join(DIR, lang)).filter((f) => f.endsWith('.mdx')).map((f) => ({ lang, id: f.replace(/\.mdx$/, ''), text: readFileSync(join(DIR, lang, f), 'utf8') })));

describe('the prose rule', () => {
  it('accepts years, dates, codes and digits inside words', () => {
    expect(typedFigures('Chương trình 01-CTr/TU ngày 17/3/2021, giai đoạn 2021–2025, Nghị quyết 97/2019/QH14, quý I/2023, Q1 2023, Covid-19, 20 December 2022.')).toEqual([]);
    expect(typedFigures('Kết nạp <Stat indicator="new-members-admitted" period="2022" /> đảng viên.')).toEqual([]);
  });
  it('rejects a typed figure', () => {
    const found = typedFigures('Năm 2022 kết nạp 10.183 đảng viên.');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('10.183');
    expect(typedFigures('---\nsummary: Đạt 108,7% kế hoạch\n---\n')).toHaveLength(1);
    expect(typedFigures('reached 52 of 54')).toHaveLength(2);
  });
  it('keeps parts of the year, ordinals and month names out of it', () => {
    expect(typedFigures('Trong 6 tháng đầu năm 2024, Hội nghị lần thứ 8 (tháng 6 năm 2022) đánh giá; in the first 6 months of 2024.')).toEqual([]);
    expect(typedFigures('Trong 6 tháng đầu năm 2024 kết nạp 4.321 đảng viên.')).toHaveLength(1);
  });
});

describe('the narratives', () => {
  it('exist for every programme in both languages', () => {
    const have = new Set(files.map((f) => `${f.lang}/${f.id}`));
    const missing = data.programmes.flatMap((p) => ['vi', 'en'].map((l) => `${l}/${p.id}`)).filter((k) => !have.has(k));
    expect(missing).toEqual([]);
  });

  it('pass the one check (the same as npm run check:data and the build): data cited, no typed figure, no template text', () => {
    expect(checkContent(site, readContent()).map(formatProblem)).toEqual([]);
  });

  it('leave the count of the sources to the data, in the dictionaries too (the footer once said "five")', () => {
    const dicts = ['vi', 'en'].map((l) => ({ path: `src/i18n/${l}.json`, text: readFileSync(`src/i18n/${l}.json`, 'utf8') }));
    expect(checkDictionaries(dicts).map(formatProblem)).toEqual([]);
    expect(t('vi')('footer.about', { n: 6 })).toContain('6 văn bản nguồn');
    expect(t('en')('footer.about', { n: 6 })).toContain('6 source documents');
  });
});
