/**
 * One term, one English rendering, everywhere. The method: every text the site shows
 * in both languages is paired with its counterpart (a narrative block with the same
 * block of the other language, which narrative-pairs.test.ts keeps aligned; an i18n
 * string with the same key; a CSV cell x_vi with x_en on the same row). Where the
 * Vietnamese names a glossary term (longest term first, so "Ban Thường vụ Thành ủy"
 * is not also read as "Thành ủy"), the English must contain none of the renderings
 * the glossary lists to avoid, matched case-sensitively as whole words: "Project" is a
 * wrong name for Đề án, while "project" stays free for dự án, an investment project.
 * A rendering of two words or more means one thing only, so it is also hunted in every
 * English text, paired or not.
 *
 * The English is not required to repeat the glossary's words at each mention: a
 * translation names "the City Party Standing Board" once and "the Standing Board"
 * after, and "Trung ương" is often the adjective "central". What is required is that
 * no other name for the term appears.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/dataset.ts';
import { KIND_TERM } from '../../src/lib/glossary.ts';
import { PROGRAMME_KINDS } from '../../src/schemas/programmes.ts';
import { csvPairs, i18nPairs, narrativePairs, phraseAt, termsNamed, type Pair } from './bilingual.ts';

const glossary = loadDataset('data').glossary;

function problems(pairs: Pair[], terms: typeof glossary): string[] {
  const out: string[] = [];
  for (const p of pairs) {
    for (const term of termsNamed(p.vi, terms)) {
      for (const wrong of term.avoid_en) {
        if (phraseAt(p.en, wrong, { caseSensitive: true, endings: true }).length > 0) out.push(`${p.where}: "${term.term_vi}" is "${term.term_en}", not "${wrong}"`);
      }
    }
  }
  return out;
}

describe('the glossary', () => {
  it('has at least 30 terms, one English rendering each, none shared', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
    const en = glossary.map((g) => g.term_en.toLowerCase());
    expect(en.filter((e, i) => en.indexOf(e) !== i)).toEqual([]);
  });
  it('names every kind of document a programme can be', () => {
    const ids = new Set(glossary.map((g) => g.id));
    expect(PROGRAMME_KINDS.filter((k) => k !== 'area' && !ids.has(KIND_TERM[k] ?? ''))).toEqual([]);
  });
});

describe('the term check', () => {
  const terms = glossary.filter((g) => ['thanh-uy', 'ban-thuong-vu-thanh-uy', 'de-an'].includes(g.id));
  it('reads the longest term first', () => {
    expect(termsNamed('Ban Thường vụ Thành ủy ban hành Đề án 12-ĐA/TU.', terms).map((g) => g.id)).toEqual(['ban-thuong-vu-thanh-uy', 'de-an']);
    expect(termsNamed('Thành ủy và Ban Thường vụ Thành ủy', terms).map((g) => g.id)).toEqual(['ban-thuong-vu-thanh-uy', 'thanh-uy']);
  });
  it('finds an avoided rendering, and passes a faithful pair', () => {
    const vi = 'Ban Thường vụ Thành ủy ban hành Đề án 12-ĐA/TU.';
    expect(problems([{ where: 'x', vi, en: 'The City Party Standing Board issued Scheme 12-ĐA/TU.' }], terms)).toEqual([]);
    expect(problems([{ where: 'x', vi, en: 'The City Party Standing Board issued Project 12-ĐA/TU.' }], terms)).toEqual([
      'x: "Đề án" is "Scheme", not "Project"',
    ]);
    expect(problems([{ where: 'x', vi, en: 'The Standing Board of the City Party Committee issued Scheme 12-ĐA/TU.' }], terms)).toEqual([
      'x: "Ban Thường vụ Thành ủy" is "City Party Standing Board", not "Standing Board of the City Party Committee"',
    ]);
  });
  it('leaves a lower-case "project" (dự án) alone', () => {
    expect(problems([{ where: 'x', vi: 'Đề án 12-ĐA/TU và dự án Vành đai 4', en: 'Scheme 12-ĐA/TU and the Ring Road 4 project' }], terms)).toEqual([]);
  });
});

describe('no glossary term is translated two ways', () => {
  it.each([
    ['the narratives', narrativePairs],
    ['src/i18n', i18nPairs],
    ['data/*.csv', () => csvPairs('data')],
  ] as const)('in %s', (_, pairs) => {
    expect(problems(pairs(), glossary)).toEqual([]);
  });
});

describe('no rendering of two words or more that the glossary avoids', () => {
  const avoided = glossary.flatMap((g) => g.avoid_en.filter((v) => /\s/.test(v)).map((v) => ({ g, v })));
  it('is found in any English text of the site', () => {
    const english = [...narrativePairs(), ...i18nPairs(), ...csvPairs('data').filter((p) => !p.where.startsWith('data/glossary.csv'))];
    const found = english.flatMap((p) => avoided.filter(({ v }) => phraseAt(p.en, v, { caseSensitive: true, endings: true }).length > 0).map(({ g, v }) => `${p.where}: "${v}" (write "${g.term_en}")`));
    expect(avoided.length).toBeGreaterThan(5);
    expect(found).toEqual([]);
  });
});
