import { describe, expect, it } from 'vitest';
import { months, parsePeriod, within } from '../../src/lib/period.ts';

const ok = (s: string) => {
  const r = parsePeriod(s);
  if (!r.ok) throw new Error(r.problem.en);
  return r.value;
};

describe('parsePeriod', () => {
  it.each([
    ['2022', '2022-01-01', '2022-12-31', 12],
    ['2022-H1', '2022-01-01', '2022-06-30', 6],
    ['2023-Q1', '2023-01-01', '2023-03-31', 3],
    ['2023-03', '2023-03-01', '2023-03-31', 1],
    ['2023-03-27', '2023-03-27', '2023-03-27', 0],
    ['2017/2022', '2017-01-01', '2022-12-31', 72],
    ['2020-10/2023-03', '2020-10-01', '2023-03-31', 30],
    ['2020/2023-Q1', '2020-01-01', '2023-03-31', 39],
  ])('%s covers %s to %s (%d months)', (raw, start, end, m) => {
    const p = ok(raw);
    expect([p.start, p.end]).toEqual([start, end]);
    expect(months(p)).toBe(m);
  });

  it.each(['2022-Q5', '2022-13', '2023-02-30', '22', '2022/2021', '2020/2021/2022', 'năm 2022'])('rejects %j', (raw) => {
    expect(parsePeriod(raw).ok).toBe(false);
  });

  it('knows which periods lie within others', () => {
    expect(within(ok('2021'), ok('2020/2023-Q1'))).toBe(true);
    expect(within(ok('2023-Q2'), ok('2020/2023-Q1'))).toBe(false);
  });
});
