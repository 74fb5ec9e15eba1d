import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, parseDataset, readDataTexts } from '../../src/lib/dataset.ts';
import { checkProvenance, readSourceLines } from '../../src/lib/provenance.ts';
import { formatProblems } from '../../src/lib/problem.ts';

const GOOD = 'tests/fixtures/good';
const SEEDS = 'tests/fixtures/seeds';

function problemsFor(observations: string) {
  const d = parseDataset({ ...readDataTexts(GOOD), observations });
  return formatProblems(checkProvenance(d, readSourceLines(d, SEEDS)!));
}

const obs = readDataTexts(GOOD).observations;

describe('provenance', () => {
  it('passes when every quote stands on its line with its numbers', () => {
    const d = loadDataset(GOOD);
    expect(checkProvenance(d, readSourceLines(d, SEEDS)!)).toEqual([]);
  });

  it('fails on a quote altered by one character', () => {
    const msg = problemsFor(obs.replace('năm 2021 kết nạp 9.553 đảng viên', 'năm 2021 kết nạp 9.553 đảng viên mới'));
    expect(msg).toContain('data/observations.csv, dòng/row 3, cột/column "quote": "năm 2021 kết nạp 9.553 đảng viên mới"');
    expect(msg).toContain('the quote is not found verbatim on line 2 of the source');
  });

  it('names the right line when the quote is on another one', () => {
    const msg = problemsFor(obs.replace('3,đã củng cố xong 52/54', '2,đã củng cố xong 52/54'));
    expect(msg).toContain('the quote is not on line 2 but on line 3; fix the line column');
  });

  it('fails when the value is not the number the quote prints', () => {
    const msg = problemsFor(obs.replace('2021,9553,', '2021,9533,'));
    expect(msg).toContain('dòng/row 3, cột/column "value": "9533"');
    expect(msg).toContain('in Vietnamese print, 9533 is 9.533); numbers in the quote: 2021, 9.553');
  });

  it('checks the total and the stated percent too', () => {
    expect(problemsFor(obs.replace(',52,,54,', ',52,,55,'))).toContain('cột/column "total": "55"');
    expect(problemsFor(obs.replace(',108.1,plan', ',108.7,plan'))).toContain('cột/column "stated_percent": "108.7"');
  });

  it('accepts a count written as a word only when the word means the value', () => {
    expect(problemsFor(obs.replace('2020-10/2023-03,1,', '2020-10/2023-03,2,'))).toContain('does not contain the word "một" meaning 2');
  });

  it('reports a line beyond the end of the source', () => {
    expect(problemsFor(obs.replace('tiny,4,', 'tiny,40,'))).toContain('the source has only');
  });

  it('says plainly when the sources folder is absent', () => {
    const d = loadDataset(GOOD);
    expect(readSourceLines(d, join(SEEDS, 'missing'))).toBeUndefined();
  });
});
