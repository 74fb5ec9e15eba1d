import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/dataset.ts';
import { typedFigures } from '../../src/lib/prose.ts';
import { buildSite } from '../../src/lib/site.ts';
import { figureFor } from '../../src/charts/figure.ts';

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
});

describe('the narratives', () => {
  it('exist for every programme in both languages', () => {
    const have = new Set(files.map((f) => `${f.lang}/${f.id}`));
    const missing = data.programmes.flatMap((p) => ['vi', 'en'].map((l) => `${l}/${p.id}`)).filter((k) => !have.has(k));
    expect(missing).toEqual([]);
  });

  it.each(files.map((f) => [`${f.lang}/${f.id}`, f] as const))('%s types no figure in its prose', (_, f) => {
    expect(typedFigures(f.text)).toEqual([]);
  });

  it.each(files.map((f) => [`${f.lang}/${f.id}`, f] as const))('%s cites only data that exists', (_, f) => {
    const programme = data.programmes.find((p) => p.id === f.id);
    expect(programme, `no programme "${f.id}" in data/programmes.csv`).toBeDefined();
    const bad: string[] = [];
    for (const m of f.text.matchAll(/<(Stat|Chart|Indicator)\s([^>]*)\/>/g)) {
      const attrs = Object.fromEntries([...m[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
      const id = attrs.indicator ?? attrs.id;
      if (!data.indicators.some((i) => i.id === id)) { bad.push(`${m[0]}: unknown indicator`); continue; }
      if (m[1] === 'Stat' && attrs.show === 'target' && data.indicators.find((i) => i.id === id)?.target_kind === 'none') bad.push(`${m[0]}: no target`);
      if (m[1] === 'Stat' && attrs.show !== 'target') {
        // the observation <Stat> will print, chosen by the same function
        const o = site.cited(id!, attrs.period, attrs.source);
        if (!o) bad.push(`${m[0]}: no such observation`);
        else if ((attrs.show === 'total' || attrs.show === 'share') && o.total === undefined) bad.push(`${m[0]}: that observation has no total`);
        else if (attrs.show === 'percent' && o.stated_percent === undefined) bad.push(`${m[0]}: that observation has no stated percent`);
      }
      if (m[1] === 'Chart' && !figureFor(site, 'vi', id!)) bad.push(`${m[0]}: this indicator has no chart`);
    }
    expect(bad).toEqual([]);
  });
});
