import { describe, expect, it } from 'vitest';
import { readDataTexts } from '../../src/lib/dataset.ts';
import { formatProblems } from '../../src/lib/problem.ts';
import { dataWarnings } from '../../src/lib/warnings.ts';
import { dataset } from './helpers.ts';

const good = readDataTexts('tests/fixtures/good');
const warn = (from: string, to: string) => formatProblems(dataWarnings(dataset({ observations: good.observations.replace(from, to) })));

describe('plausibility warnings', () => {
  it('say nothing about the good fixture', () => {
    expect(dataWarnings(dataset())).toEqual([]);
  });

  it('flag a result under a third of its target (a dropped digit)', () => {
    expect(warn('2021,9553,', '2021,955,')).toContain('dòng/row 3, cột/column "value": "955"\n  vi: kết quả chưa bằng một phần ba chỉ tiêu (9000)');
  });

  it('flag a result over three times its target', () => {
    expect(warn('2021,9553,', '2021,95530,')).toContain('the result is more than three times its target (10000)');
  });
});
