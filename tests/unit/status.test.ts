import { describe, expect, it } from 'vitest';
import { formatDecisivePercent } from '../../src/lib/format.ts';
import { parsePeriod } from '../../src/lib/period.ts';
import { buildSite } from '../../src/lib/site.ts';
import { headlineCounts, scoreboard } from '../../src/lib/scoreboard.ts';
import { hasStatedTarget, isJudged, percentOfTarget, status, verdict } from '../../src/lib/status.ts';
import { validate } from '../../src/lib/validate.ts';
import type { Indicator } from '../../src/schemas/indicators.ts';
import { dataset, INDICATOR_HEADER } from './helpers.ts';

const period = (s: string) => {
  const r = parsePeriod(s);
  if (!r.ok) throw new Error(s);
  return r.value;
};
type Ind = Parameters<typeof status>[0];
const CITED = { target_quote: 'quoted' };
const ind = (x: Partial<Indicator>): Ind => ({ measure: 'count', target_kind: 'none', target_low: undefined, target_high: undefined, target_per: undefined, aggregate: undefined, ...x });
const obs = (value: number, p: string, extra: object = {}) => ({ value, period: period(p), total: undefined, stated_percent: undefined, percent_base: undefined, source: 's', ...extra });

describe('the status rule', () => {
  const range = ind({ target_kind: 'range', target_low: 9000, target_high: 10000, target_per: 'year', aggregate: 'sum', ...CITED });
  it('judges a yearly range', () => {
    expect(status(range, obs(9729, '2020'))).toBe('met');
    expect(status(range, obs(10183, '2022'))).toBe('exceeded');
    expect(status(range, obs(8999, '2021'))).toBe('below');
    expect(status(range, obs(9000, '2021'))).toBe('met');
    expect(status(range, obs(10000, '2021'))).toBe('met');
  });
  it('does not judge a quarter against a yearly target, nor a multi-year total or average', () => {
    expect(status(range, obs(2241, '2023-Q1'))).toBe('partial');
    expect(status(range, obs(31706, '2020/2023-Q1'))).toBe('not-comparable');
    const above = ind({ measure: 'percent', target_kind: 'above', target_low: 75, target_per: 'year', aggregate: 'mean', ...CITED });
    expect(status(above, obs(77.6, '2020/2022'))).toBe('not-comparable');
    expect(status(above, obs(77.5, '2020/2022'))).toBe('not-comparable');
  });
  it('calls a result past a stated amount exceeded, and the right side of a strict threshold met', () => {
    const min = ind({ target_kind: 'min', target_low: 10, target_per: 'term', ...CITED });
    expect(status(min, obs(10, '2015/2021'))).toBe('met');
    expect(status(min, obs(15.66, '2015/2021'))).toBe('exceeded');
    expect(status(min, obs(9.9, '2015/2021'))).toBe('below');
    const above = ind({ target_kind: 'above', target_low: 10, target_per: 'term', ...CITED });
    expect(status(above, obs(10, '2015/2021'))).toBe('below');
    expect(status(above, obs(15, '2015/2021'))).toBe('met');
    const max = ind({ target_kind: 'max', target_high: 5, target_per: 'term', ...CITED });
    expect(status(max, obs(5, '2022'))).toBe('met');
    expect(status(max, obs(4, '2022'))).toBe('exceeded');
    expect(status(max, obs(6, '2022'))).toBe('below');
  });
  it('gives no verdict on x of y unless a source states that all were to be done', () => {
    const all = ind({ target_kind: 'all' });
    expect(status(all, obs(29, '2021', { total: 29 }))).toBe('progress');
    expect(status(all, obs(52, '2021/2024', { total: 54 }))).toBe('progress');
    expect(status(all, obs(58, '2021/2022'))).toBe('not-comparable');
    const stated = ind({ target_kind: 'all', ...CITED });
    expect(status(stated, obs(29, '2021', { total: 29 }))).toBe('met');
    expect(status(stated, obs(52, '2021/2024', { total: 54 }))).toBe('below');
  });
  it('keeps a claim apart', () => {
    expect(status(ind({ target_kind: 'claim' }), obs(14, '2021/2024', { total: 14 }))).toBe('claimed');
  });
  it('judges a percent of plan only where the quote prints it, and not a partial year', () => {
    const plan = ind({ target_kind: 'plan', measure: 'money' });
    expect(status(plan, obs(324100, '2021', { stated_percent: 129, percent_base: 'plan' }))).toBe('exceeded');
    expect(status(plan, obs(1, '2021', { stated_percent: 100, percent_base: 'plan' }))).toBe('met');
    expect(status(plan, obs(1, '2021', { stated_percent: 97.3, percent_base: 'plan' }))).toBe('below');
    expect(status(plan, obs(141246, '2023-Q1', { stated_percent: 40, percent_base: 'plan' }))).toBe('partial');
    expect(status(plan, obs(221, '2020/2023-03'))).toBe('not-comparable');
    expect(status(plan, obs(88, '2022', { stated_percent: 88, percent_base: 'share' }))).toBe('not-comparable');
    expect(status(ind({ target_kind: 'plan', measure: 'percent' }), obs(106, '2022'))).toBe('exceeded');
  });
  it('says when there is no target', () => {
    expect(status(ind({}), obs(5, '2022'))).toBe('no-target');
  });
  it('puts the result in percent of the target for the overview', () => {
    expect(percentOfTarget(range, obs(10000, '2022'))).toBeCloseTo(111.11, 2);
    expect(percentOfTarget(ind({ target_kind: 'all' }), obs(52, '2021', { total: 54 }))).toBeCloseTo(96.3, 1);
  });
  it('shows the decimals that decide a percent near 100', () => {
    expect(formatDecisivePercent('vi', 99.62)).toBe('99,6%');
    expect(formatDecisivePercent('en', 100.04)).toBe('100.04%');
    expect(formatDecisivePercent('vi', 100)).toBe('100%');
    expect(formatDecisivePercent('vi', 156.6)).toBe('157%');
  });
});

describe('the verdict of a per-year target', () => {
  const above = ind({ measure: 'percent', target_kind: 'above', target_low: 75, target_per: 'year', aggregate: 'mean', ...CITED });
  const date = () => '2023-01-01';
  it('judges every year, so that a missed year is never hidden by the latest or by an average', () => {
    const v = verdict(above, [obs(75.6, '2020'), obs(74.9, '2021'), obs(80.7, '2022'), obs(77.5, '2020/2022')], date);
    expect(v.status).toBe('below');
    expect(v.missed).toEqual(['2021']);
    expect(v.years.map((y) => [y.year, y.status])).toEqual([['2020', 'met'], ['2021', 'below'], ['2022', 'met']]);
    expect(v.observation?.value).toBe(80.7);
  });
  it('is met only when every year meets it, exceeded only when every year exceeds it', () => {
    const range = ind({ target_kind: 'range', target_low: 9000, target_high: 10000, target_per: 'year', ...CITED });
    expect(verdict(range, [obs(9729, '2020'), obs(10183, '2022'), obs(2241, '2023-Q1')], date).status).toBe('met');
    expect(verdict(range, [obs(10100, '2021'), obs(10183, '2022')], date).status).toBe('exceeded');
  });
  it('takes one result per year, the newest source first', () => {
    const v = verdict(above, [obs(74, '2021', { source: 'old' }), obs(76, '2021', { source: 'new' })], (s) => (s === 'new' ? '2024' : '2022'));
    expect(v.years.map((y) => y.observation.value)).toEqual([76]);
  });
});

describe('verdicts on the real data', () => {
  const v = validate('data');
  const site = buildSite(v.data!);
  const current = (id: string) => site.current(id);

  it('judges nothing without a target a source states', () => {
    const unstated = site.data.observations.filter((o) => {
      const i = site.indicators.get(o.indicator)!;
      return isJudged(status(i, o)) && !hasStatedTarget(i, o);
    });
    expect(unstated.map((o) => `${o.indicator} row ${o.row}`)).toEqual([]);
  });
  it('shows "x of y" counts as progress, not as met or below', () => {
    for (const id of ['ctr01-plans-completed', 'govt-exam-posts-completed', 'recruitment-cases-remedied', 'district-council-deputies-elected', 'commune-secretaries-leadership-trained']) {
      expect([id, current(id).status]).toEqual([id, 'progress']);
    }
  });
  it('shows the years that missed: upper-level organisations in 2020, grassroots organisations in 2021', () => {
    expect([current('upper-level-orgs-rated-good').status, current('upper-level-orgs-rated-good').missed]).toEqual(['below', ['2020']]);
    expect([current('grassroots-orgs-rated-good').status, current('grassroots-orgs-rated-good').missed]).toEqual(['below', ['2021']]);
  });
  it('keeps Programme 01\'s unpublished targets apart as a claim', () => {
    expect(current('ctr01-targets-met').status).toBe('claimed');
  });
  it('holds the members\' and the organisations\' multi-year averages alike', () => {
    const span = (id: string) => site.observationsOf(id).find((o) => o.period.raw === '2020/2022')!;
    expect(status(site.indicators.get('members-rated-good')!, span('members-rated-good'))).toBe('not-comparable');
    expect(status(site.indicators.get('party-orgs-rated-good')!, span('party-orgs-rated-good'))).toBe('not-comparable');
  });
  it('counts on the home page what the sources state, misses first', () => {
    const board = scoreboard(site);
    const counts = headlineCounts(board);
    expect(counts.stated).toBe(counts.met + counts.missed + counts.notComparable);
    expect(counts.claimed).toBe(1);
    expect(board.slice(0, counts.missed).every((e) => e.status === 'below')).toBe(true);
    expect(board.filter((e) => e.status === 'below').map((e) => e.indicator.id)).toEqual(
      expect.arrayContaining(['upper-level-orgs-rated-good', 'grassroots-orgs-rated-good', 'public-units-financial-autonomy-raised']));
  });
});

describe('the check', () => {
  it('refuses a numeric target that no source states', () => {
    const rows = [INDICATOR_HEADER, 'x,p,Nhãn,Label,percent,%,%,yes,,min,10,,term,,,,,,,'].join('\n');
    expect(() => dataset({ indicators: rows })).toThrow(/a numeric target must be cited/);
  });
});
