/**
 * The one published rule that says how a reported result stands against its target.
 * The method page quotes it; every chart, table and count uses it.
 *
 * - exceeded: above the upper bound of a range, or more than 100% of the plan
 * - met: within the range, on the right side of a threshold, all of "x of y", 100% of plan
 * - below: short of the target
 * - partial: the result covers less time than the target (a quarter against a yearly target)
 * - not-comparable: there is a target, but this result cannot be set against it
 *   (a multi-year total against a yearly target, no denominator, no percent of plan)
 * - progress: a count of x done out of y, where no source states that all y were to be done
 * - claimed: a source says targets were met but does not publish them, so it cannot be checked
 * - no-target: the sources state no target
 */
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import { months } from './period.ts';

export const STATUSES = ['exceeded', 'met', 'below', 'partial', 'not-comparable', 'progress', 'claimed', 'no-target'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that count as a judged result against a target. */
export const JUDGED: readonly Status[] = ['exceeded', 'met', 'below'];

type Ind = Pick<Indicator, 'target_kind' | 'target_low' | 'target_high' | 'target_per' | 'measure' | 'aggregate'>;
type Obs = Pick<Observation, 'value' | 'total' | 'stated_percent' | 'percent_base' | 'period'>;

/** The number that is set against the target, in the target's terms. */
export function comparedValue(ind: Ind, o: Obs): number | undefined {
  if (ind.target_kind === 'plan') {
    if (o.percent_base === 'plan' && o.stated_percent !== undefined) return o.stated_percent;
    return ind.measure === 'percent' ? o.value : undefined;
  }
  if (ind.target_kind === 'all') return o.total;
  return o.value;
}

export function status(ind: Ind, o: Obs): Status {
  const k = ind.target_kind;
  if (k === 'none') return 'no-target';
  const span = months(o.period);
  const wholeYears = o.period.from.grain === 'year' && o.period.to.grain === 'year';
  if (k === 'all') {
    if (o.total === undefined) return 'not-comparable';
    return o.value >= o.total ? 'met' : 'below';
  }
  const v = comparedValue(ind, o);
  if (v === undefined) return 'not-comparable';
  if (k === 'plan') {
    // A stock "as of" a day is not a period; anything else shorter than a year is partial.
    const asOfDay = !o.period.isSpan && o.period.from.grain === 'day';
    if (span < 12 && !asOfDay) return 'partial';
    return v > 100 ? 'exceeded' : v === 100 ? 'met' : 'below';
  }
  if (ind.target_per === 'year') {
    if (span < 12) return 'partial';
    // A multi-year average can be held against a yearly threshold; a multi-year total cannot.
    if (o.period.isSpan && !(wholeYears && ind.aggregate === 'mean')) return 'not-comparable';
  }
  const lo = ind.target_low;
  const hi = ind.target_high;
  switch (k) {
    case 'range':
      return v < lo! ? 'below' : v > hi! ? 'exceeded' : 'met';
    case 'min':
      return v >= lo! ? 'met' : 'below';
    case 'above':
      return v > lo! ? 'met' : 'below';
    case 'max':
      return v <= hi! ? 'met' : 'below';
    case 'below':
      return v < hi! ? 'met' : 'below';
  }
}

/** The observation that stands for the indicator now: the latest judged one, else the latest. */
export function latest<T extends Obs & { source: string }>(ind: Ind, obs: T[], sourceDate: (id: string) => string): T | undefined {
  // latest end first; for the same end, the shorter period (2022 before 2020–2022), then the newer source
  const byRecency = [...obs].sort((a, b) =>
    b.period.end.localeCompare(a.period.end) || months(a.period) - months(b.period) || sourceDate(b.source).localeCompare(sourceDate(a.source)));
  return byRecency.find((o) => JUDGED.includes(status(ind, o))) ?? byRecency[0];
}

/** The result as a percent of the target's threshold (100 = exactly on target), for the overview. */
export function percentOfTarget(ind: Ind, o: Obs): number | undefined {
  const v = comparedValue(ind, o);
  if (v === undefined) return undefined;
  switch (ind.target_kind) {
    case 'range':
    case 'min':
    case 'above':
      return ind.target_low ? (v / ind.target_low) * 100 : undefined;
    case 'max':
    case 'below':
      return v ? (ind.target_high! / v) * 100 : undefined;
    case 'all':
      return o.total ? (o.value / o.total) * 100 : undefined;
    case 'plan':
      return v;
    case 'none':
      return undefined;
  }
}
