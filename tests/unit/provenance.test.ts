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
    expect(msg).toContain('printed "9.553" means 9553 but value is 9533; was the value changed? write value 9553');
  });

  it('checks the total and the stated percent too', () => {
    expect(problemsFor(obs.replace(',52,,54,', ',52,,55,'))).toContain('cột/column "total": "55"');
    expect(problemsFor(obs.replace(',108.1,plan', ',108.7,plan'))).toContain('cột/column "stated_percent": "108.7"');
  });

  it('accepts a count written as a word only when the word means the value', () => {
    expect(problemsFor(obs.replace('2020-10/2023-03,1,', '2020-10/2023-03,2,'))).toContain('printed "một" means 1 but value is 2');
  });

  it('fails when two observations of one line swap their values', () => {
    const msg = problemsFor(obs.replace('2020,9729,', '2020,9553,').replace('2021,9553,', '2021,9729,'));
    expect(msg).toContain('dòng/row 2, cột/column "value": "9553"');
    expect(msg).toContain('dòng/row 3, cột/column "value": "9729"');
  });

  it('names the swap of value and stated percent', () => {
    const msg = problemsFor(obs.replace('2020,9729,,,108.1,plan', '2020,108.1,,,9729,plan'));
    expect(msg).toContain('printed "9.729" is 9729, the stated_percent column, while value is 108.1: were value and stated_percent swapped?');
  });

  it('accepts only a number or a number word as printed', () => {
    const msg = problemsFor(obs.replace('2021,9553,', '2021,99999,').replace(',9.553,,', ',đảng viên,,'));
    expect(msg).toContain('cột/column "printed": "đảng viên"');
    expect(msg).toContain('"đảng viên" is neither a number as printed (9.729, 108,7, 02) nor a number word');
  });

  it('requires printed, and says what the quote prints', () => {
    const msg = problemsFor(obs.replace(',9.553,,', ',,,'));
    expect(msg).toContain('dòng/row 3, cột/column "printed": ""');
    expect(msg).toContain('printed is empty; the quote prints this value as "9.553": write exactly that (npm run fill:printed fills it in)');
  });

  it('reports a line beyond the end of the source', () => {
    expect(problemsFor(obs.replace('tiny,4,', 'tiny,40,'))).toContain('the source has only');
  });

  it('says plainly when the sources folder is absent', () => {
    const d = loadDataset(GOOD);
    expect(readSourceLines(d, join(SEEDS, 'missing'))).toBeUndefined();
  });
});
