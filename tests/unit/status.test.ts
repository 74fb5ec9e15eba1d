import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/lib/period.ts';
import { percentOfTarget, status } from '../../src/lib/status.ts';
import type { Indicator } from '../../src/schemas/indicators.ts';

const period = (s: string) => {
  const r = parsePeriod(s);
  if (!r.ok) throw new Error(s);
  return r.value;
};
type Ind = Parameters<typeof status>[0];
const ind = (x: Partial<Indicator>): Ind => ({ measure: 'count', target_kind: 'none', target_low: undefined, target_high: undefined, target_per: undefined, aggregate: undefined, ...x });
const obs = (value: number, p: string, extra: object = {}) => ({ value, period: period(p), total: undefined, stated_percent: undefined, percent_base: undefined, ...extra });

describe('the status rule', () => {
  const range = ind({ target_kind: 'range', target_low: 9000, target_high: 10000, target_per: 'year', aggregate: 'sum' });
  it('judges a yearly range', () => {
    expect(status(range, obs(9729, '2020'))).toBe('met');
    expect(status(range, obs(10183, '2022'))).toBe('exceeded');
    expect(status(range, obs(8999, '2021'))).toBe('below');
    expect(status(range, obs(9000, '2021'))).toBe('met');
    expect(status(range, obs(10000, '2021'))).toBe('met');
  });
  it('does not judge a quarter against a yearly target, nor a multi-year total', () => {
    expect(status(range, obs(2241, '2023-Q1'))).toBe('partial');
    expect(status(range, obs(31706, '2020/2023-Q1'))).toBe('not-comparable');
  });
  it('holds a multi-year average against a yearly threshold', () => {
    const above = ind({ measure: 'percent', target_kind: 'above', target_low: 75, target_per: 'year', aggregate: 'mean' });
    expect(status(above, obs(77.6, '2020/2022'))).toBe('met');
    expect(status(above, obs(75, '2020'))).toBe('below');
    expect(status(above, obs(75.6, '2021'))).toBe('met');
  });
  it('tells "at least" from "above"', () => {
    expect(status(ind({ target_kind: 'min', target_low: 10, target_per: 'term' }), obs(10, '2015/2021'))).toBe('met');
    expect(status(ind({ target_kind: 'above', target_low: 10, target_per: 'term' }), obs(10, '2015/2021'))).toBe('below');
  });
  it('judges x of y', () => {
    const all = ind({ target_kind: 'all' });
    expect(status(all, obs(29, '2021', { total: 29 }))).toBe('met');
    expect(status(all, obs(52, '2021/2024', { total: 54 }))).toBe('below');
    expect(status(all, obs(58, '2021/2022'))).toBe('not-comparable');
  });
  it('judges a percent of plan, and not a partial year', () => {
    const plan = ind({ target_kind: 'plan', measure: 'money' });
    expect(status(plan, obs(324100, '2021', { stated_percent: 129, percent_base: 'plan' }))).toBe('exceeded');
    expect(status(plan, obs(1, '2021', { stated_percent: 100, percent_base: 'plan' }))).toBe('met');
    expect(status(plan, obs(1, '2021', { stated_percent: 97.3, percent_base: 'plan' }))).toBe('below');
    expect(status(plan, obs(141246, '2023-Q1', { stated_percent: 40, percent_base: 'plan' }))).toBe('partial');
    expect(status(plan, obs(221, '2020-10/2023-03'))).toBe('not-comparable');
    expect(status(ind({ target_kind: 'plan', measure: 'percent' }), obs(106, '2022'))).toBe('exceeded');
  });
  it('says when there is no target', () => {
    expect(status(ind({}), obs(5, '2022'))).toBe('no-target');
  });
  it('puts the result in percent of the target for the overview', () => {
    expect(percentOfTarget(range, obs(10000, '2022'))).toBeCloseTo(111.11, 2);
    expect(percentOfTarget(ind({ target_kind: 'all' }), obs(52, '2021', { total: 54 }))).toBeCloseTo(96.3, 1);
  });
});

describe('the result that stands for an indicator', () => {
  it('is the latest comparable one, a single year before a span ending with it', async () => {
    const { latest } = await import('../../src/lib/status.ts');
    const above = ind({ measure: 'percent', target_kind: 'above', target_low: 75, target_per: 'year', aggregate: 'mean' });
    const rows = [obs(77.6, '2020/2022'), obs(81.2, '2022'), obs(76, '2020'), obs(2, '2023-Q1')].map((o) => ({ ...o, source: 's' }));
    expect(latest(above, rows, () => '2023-01-01')?.value).toBe(81.2);
  });
});
