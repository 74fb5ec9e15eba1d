import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../src/lib/coverage.ts';
import { parseDataset, readDataTexts } from '../../src/lib/dataset.ts';
import { readSourceLines } from '../../src/lib/provenance.ts';

const good = readDataTexts('tests/fixtures/good');
const coverage = (patch: Partial<typeof good>) => {
  const d = parseDataset({ ...good, ...patch });
  return checkCoverage(d, readSourceLines(d, 'tests/fixtures/seeds')!);
};

describe('coverage of the numbers in the sources', () => {
  it('accounts for every number of the fixture source', () => {
    const c = coverage({});
    expect([c.tokens, c.cited, c.excluded, c.problems.length]).toEqual([9, 7, 2, 0]);
  });

  it('flags a number that is neither cited nor excluded', () => {
    const observations = good.observations.split('\n').filter((l) => !l.includes(',9553,')).join('\n');
    const [p] = coverage({ observations }).problems;
    expect(p?.en).toBe(
      'line 2 prints 9.553, which is neither cited in observations.csv nor excluded with a reason in exclusions.csv; add an observation, or a row "tiny,2,9.553,<reason>" to exclusions.csv',
    );
  });

  it('flags an exclusion whose number is not on its line', () => {
    const [p] = coverage({ exclusions: good.exclusions + 'tiny,3,2020,year\n' }).problems;
    expect(p).toMatchObject({ row: 4, column: 'token', value: '2020' });
    expect(p?.en).toContain('line 3 of the source does not print 2020');
  });
});
