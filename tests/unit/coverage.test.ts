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
      'line 2 prints 9.553, which is neither cited in observations.csv nor excluded with a reason in exclusions.csv; add an observation, or add the row tiny,2,9.553,REASON to exclusions.csv (REASON one of: date, year, code, ordinal, name, section, footnote-mark, time, period-name, aim, duration)',
    );
  });

  it('points back to the row whose value was changed before suggesting an exclusion', () => {
    const [p] = coverage({ observations: good.observations.replace('2021,9553,', '2021,9533,') }).problems;
    expect(p?.en).toContain('line 2 prints 9.553, which stands in the quote of data/observations.csv row 3 but no row takes it; did you change the value in row 3? Put it back.');
  });

  it('suggests an exclusion row that is valid CSV', () => {
    const [p] = coverage({ observations: good.observations.replace(',108.1,plan,', ',,,') }).problems;
    const row = /add the row (.*) to exclusions\.csv/.exec(p!.en)![1]!;
    expect(row).toBe('tiny,2,"108,1",REASON');
    const d = parseDataset({ ...good, exclusions: `${good.exclusions.trimEnd()}\n${row.replace('REASON', 'aim')}\n` });
    expect(d.exclusions.at(-1)).toMatchObject({ token: '108,1', reason: 'aim' });
  });

  it('recognises the leading zero a spreadsheet dropped from an exclusion', () => {
    const texts = { ...good, exclusions: 'source,line,token,reason\ntiny,2,2020,year\ntiny,2,2021,year\ntiny,3,2,ordinal\n' };
    const d = parseDataset(texts);
    const lines = readSourceLines(d, 'tests/fixtures/seeds')!;
    lines.set('tiny', lines.get('tiny')!.map((l, i) => (i === 2 ? `${l} Mục 02.` : l)));
    const p = checkCoverage(d, lines).problems.find((x) => x.column === 'token');
    expect(p?.en).toContain('line 3 of the source prints "02", not "2": the spreadsheet dropped the leading zero');
  });

  it('flags an exclusion whose number is not on its line', () => {
    const [p] = coverage({ exclusions: good.exclusions + 'tiny,3,2020,year\n' }).problems;
    expect(p).toMatchObject({ row: 4, column: 'token', value: '2020' });
    expect(p?.en).toContain('line 3 of the source does not print 2020');
  });
});
