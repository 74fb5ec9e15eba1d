/**
 * The English narrative is the Vietnamese one in the other language: the same blocks
 * in the same order (headings of the same level, paragraphs, lists of the same length),
 * citing the same data (component, indicator, period, source) in the same order and
 * linking to the same pages. The words may differ; what they cite may not.
 */
import { describe, expect, it } from 'vitest';
import { blockShape, homeFindings, mdxBlocks, mdxSummary, narrative, narrativeIds } from './bilingual.ts';
import { typedFigures } from '../../src/lib/prose.ts';

const shape = (text: string) => mdxBlocks(text).map(blockShape);

describe('the structure of a narrative', () => {
  const vi = '---\nsummary: Tóm tắt.\n---\n\nMở đầu <Stat indicator="a" period="2022" />.\n\n### Chỉ tiêu đề ra\n\n- Một <Stat indicator="b" />\n- Hai [trang](/programmes/x/)\n\n<Chart indicator="a" />\n';
  const en = '---\nsummary: Summary.\n---\n\nOpening <Stat indicator="a" period="2022" show="number" />.\n\n### Targets set\n\n- One <Stat indicator="b" />\n- Two [page](/en/programmes/x/)\n\n<Chart indicator="a" />\n';
  it('is the same for a faithful translation (show and the /en/ prefix aside)', () => {
    expect(shape(en)).toEqual(shape(vi));
  });
  it('differs when a heading, a period, the order of figures or a link differs', () => {
    expect(shape(en.replace('### Targets set', '#### Targets set'))).not.toEqual(shape(vi));
    expect(shape(en.replace('period="2022"', 'period="2021"'))).not.toEqual(shape(vi));
    expect(shape(en.replace('<Stat indicator="a" period="2022" show="number" />', 'x').replace('- One <Stat indicator="b" />', '- One <Stat indicator="b" /> <Stat indicator="a" period="2022" />'))).not.toEqual(shape(vi));
    expect(shape(en.replace('/en/programmes/x/', '/en/programmes/y/'))).not.toEqual(shape(vi));
    expect(shape(en.replace('\n- Two [page](/en/programmes/x/)', ' Two [page](/en/programmes/x/)'))).not.toEqual(shape(vi));
  });
});

describe('each vi/en narrative pair', () => {
  it('exists for the same programmes', () => {
    expect(narrativeIds().length).toBeGreaterThan(30);
  });
  it.each(narrativeIds())('%s has the same blocks, components and links in both languages', (id) => {
    const [vi, en] = [narrative('vi', id), narrative('en', id)];
    expect(mdxSummary(vi), 'vi summary').not.toBe('');
    expect(mdxSummary(en), 'en summary').not.toBe('');
    expect(shape(en)).toEqual(shape(vi));
  });
});

describe('the home page findings', () => {
  it('say the same in both languages, with four to six findings, each linking to its page', () => {
    const [vi, en] = [shape(homeFindings('vi')), shape(homeFindings('en'))];
    expect(en).toEqual(vi);
    const items = homeFindings('vi').split('\n').filter((l) => l.startsWith('- '));
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.length).toBeLessThanOrEqual(6);
    for (const item of items) expect(item, item.slice(0, 60)).toMatch(/\]\(\/programmes\/[a-z0-9-]+\/\)$/);
  });
  it.each(['vi', 'en'] as const)('type no figure in %s (every number through a component)', (lang) => {
    expect(typedFigures(homeFindings(lang))).toEqual([]);
  });
});
