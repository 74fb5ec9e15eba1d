import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, loadDataset, parseDataset, readDataTexts, type FileKey } from '../../src/lib/dataset.ts';
import { DataError, formatProblems } from '../../src/lib/problem.ts';

const FIXTURES = 'tests/fixtures';
const good = readDataTexts(join(FIXTURES, 'good'));

/** A bad case is a folder holding one replaced CSV and the exact message it must give. */
function loadCase(name: string) {
  const dir = join(FIXTURES, 'bad', name);
  const texts = { ...good };
  for (const k of Object.keys(FILES) as FileKey[]) {
    const path = join(dir, FILES[k]);
    if (existsSync(path)) texts[k] = readFileSync(path, 'utf8');
  }
  return { texts, expected: readFileSync(join(dir, 'expected.txt'), 'utf8').trimEnd() };
}

describe('the loader on the good fixture', () => {
  it('returns typed rows with spreadsheet row numbers', () => {
    const d = loadDataset(join(FIXTURES, 'good'));
    expect(d.observations.map((o) => [o.row, o.indicator, o.period.raw, o.value])).toEqual([
      [2, 'new-members-admitted', '2020', 9729],
      [3, 'new-members-admitted', '2021', 9553],
      [4, 'weak-orgs-consolidated', '2021/2023-03', 52],
      [5, 'upper-level-orgs-founded', '2020-10/2023-03', 1],
    ]);
    expect(d.indicators[0]).toMatchObject({ target_kind: 'range', target_low: 9000, target_high: 10000, target_per: 'year' });
  });

  it('loads files saved by Excel: BOM, CRLF line ends, trailing blank rows and empty columns', () => {
    const excel = (s: string) => '\uFEFF' + s.trimEnd().split('\n').map((l) => l + ',').join('\r\n') + '\r\n,\r\n\r\n\r\n';
    const texts = Object.fromEntries(Object.entries(good).map(([k, v]) => [k, excel(v)])) as typeof good;
    const d = parseDataset(texts);
    expect(d.observations.map((o) => o.row)).toEqual([2, 3, 4, 5]);
    expect(d.sources[0]!.id).toBe('tiny');
  });
});

describe('line ends', () => {
  it('loads a file saved with CRLF and appended to with LF', () => {
    const crlf = good.sources.trimEnd().replace(/\n/g, '\r\n') + '\n';
    expect(parseDataset({ ...good, sources: crlf }).sources[0]!.id).toBe('tiny');
  });
});

describe('each bad case stops with its message', () => {
  const cases = readdirSync(join(FIXTURES, 'bad')).sort();
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(15));
  it.each(cases)('%s', (name) => {
    const { texts, expected } = loadCase(name);
    let error: unknown;
    try {
      parseDataset(texts);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    const message = formatProblems((error as DataError).problems);
    expect(message).toBe(expected);
    expect(message).not.toMatch(/\n\s+at /); // no stack trace
  });
});
