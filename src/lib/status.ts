/**
 * The one published rule that says how a reported result stands against its target.
 * The method page quotes it; every chart, table, count and download uses it.
 *
 * A verdict (exceeded, met, below) needs a target that a source states: a cited target
 * (source, line, verbatim quote), or a percent of plan printed in the result's own quote.
 *
 * - exceeded: past a stated amount: above the upper bound of a range, more than 100% of
 *   the plan, more than a minimum ("tối thiểu") or less than a maximum ("tối đa")
 * - met: within the range, exactly at a minimum or maximum or 100% of plan, or on the
 *   right side of a strict threshold ("trên", "dưới": the target is the side, not an amount)
 * - below: short of the target
 * - partial: the result covers less time than the target (a quarter against a yearly target)
 * - not-comparable: there is a target, but this result cannot be set against it (a
 *   multi-year total or average against a per-year target, no percent of plan)
 * - progress: a count of x done out of y, where no source states that all y were to be done
 * - claimed: a source says targets were met but does not publish them, so it cannot be checked
 * - no-target: the sources state no target
 *
 * A per-year target is met only if every reported year meets it: `verdict` judges each
 * single year and says "met in 2 of 3 years", never letting an average hide a miss.
 */
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import { months } from './period.ts';

export const STATUSES = ['exceeded', 'met', 'below', 'partial', 'not-comparable', 'progress', 'claimed', 'no-target'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that count as a judged result against a target. */
export const JUDGED: readonly Status[] = ['exceeded', 'met', 'below'];

export const isJudged = (s: Status) => JUDGED.includes(s);

type Ind = Pick<Indicator, 'target_kind' | 'target_low' | 'target_high' | 'target_per' | 'measure' | 'aggregate'> &
  Partial<Pick<Indicator, 'target_quote'>>;
type Obs = Pick<Observation, 'value' | 'total' | 'stated_percent' | 'percent_base' | 'period'>;

/** The target kinds whose bounds are numbers a source must state. */
const THRESHOLDS: readonly Indicator['target_kind'][] = ['range', 'min', 'above', 'max', 'below'];

/**
 * Whether a source states the target this result is judged against: the indicator's own
 * cited target, or, for a plan, the percent of plan printed in the result's quote.
 */
export function hasStatedTarget(ind: Ind, o: Obs): boolean {
  if (ind.target_quote) return true;
  if (ind.target_kind === 'plan') return (o.percent_base === 'plan' && o.stated_percent !== undefined) || ind.measure === 'percent';
  return false;
}

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
  if (k === 'claim') return 'claimed';
  if (k === 'all') {
    if (o.total === undefined) return 'not-comparable';
    if (!ind.target_quote) return 'progress';
    return o.value >= o.total ? 'met' : 'below';
  }
  const v = comparedValue(ind, o);
  if (v === undefined || !hasStatedTarget(ind, o)) return 'not-comparable';
  const span = months(o.period);
  if (k === 'plan') {
    // A stock "as of" a day is not a period; anything else shorter than a year is partial.
    const asOfDay = !o.period.isSpan && o.period.from.grain === 'day';
    if (span < 12 && !asOfDay) return 'partial';
    return v > 100 ? 'exceeded' : v === 100 ? 'met' : 'below';
  }
  if (ind.target_per === 'year') {
    if (span < 12) return 'partial';
    // Each year must meet a per-year target: a total or an average over several years can hide a miss.
    if (o.period.isSpan) return 'not-comparable';
  }
  const lo = ind.target_low;
  const hi = ind.target_high;
  switch (k) {
    case 'range':
      return v < lo! ? 'below' : v > hi! ? 'exceeded' : 'met';
    case 'min':
      return v < lo! ? 'below' : v > lo! ? 'exceeded' : 'met';
    case 'above':
      return v > lo! ? 'met' : 'below';
    case 'max':
      return v > hi! ? 'below' : v < hi! ? 'exceeded' : 'met';
    case 'below':
      return v < hi! ? 'met' : 'below';
  }
  return 'not-comparable';
}

/** Whether the indicator has a target stated by a source (for the home page's counts). */
export function targetStated(ind: Ind): boolean {
  return THRESHOLDS.includes(ind.target_kind) || ind.target_kind === 'plan' || (ind.target_kind === 'all' && !!ind.target_quote);
}

/** Latest end first; for the same end, the shorter period (2022 before 2020–2022), then the newer source. */
function byRecency<T extends Obs & { source: string }>(obs: T[], sourceDate: (id: string) => string): T[] {
  return [...obs].sort((a, b) =>
    b.period.end.localeCompare(a.period.end) || months(a.period) - months(b.period) || sourceDate(b.source).localeCompare(sourceDate(a.source)));
}

/** The observation that stands for the indicator now: the latest judged one, else the latest. */
export function latest<T extends Obs & { source: string }>(ind: Ind, obs: T[], sourceDate: (id: string) => string): T | undefined {
  const sorted = byRecency(obs, sourceDate);
  return sorted.find((o) => isJudged(status(ind, o))) ?? sorted[0];
}

/** One reported year judged against a per-year target. */
export interface YearResult<T> {
  year: string;
  observation: T;
  status: Status;
}

/** An indicator's standing: the headline status, the result that stands for it, and each judged year. */
export interface Verdict<T> {
  status: Status;
  observation?: T;
  /** per-year targets only: every single year judged, oldest first */
  years: YearResult<T>[];
  /** the years that missed a per-year target, e.g. ["2021"] */
  missed: string[];
}

/**
 * The indicator's verdict. For a per-year target every reported single year is judged (one
 * result per year: the newest source's), and the headline is below if any year missed;
 * otherwise the latest comparable result decides.
 */
export function verdict<T extends Obs & { source: string }>(ind: Ind, obs: T[], sourceDate: (id: string) => string): Verdict<T> {
  const observation = latest(ind, obs, sourceDate);
  const none: Status = ind.target_kind === 'none' ? 'no-target' : ind.target_kind === 'claim' ? 'claimed' : 'not-comparable';
  if (ind.target_per !== 'year') return { status: observation ? status(ind, observation) : none, observation, years: [], missed: [] };
  const byYear = new Map<string, YearResult<T>>();
  for (const o of byRecency(obs, sourceDate)) {
    const s = status(ind, o);
    const year = String(o.period.from.year);
    if (isJudged(s) && o.period.from.grain === 'year' && !o.period.isSpan && !byYear.has(year)) byYear.set(year, { year, observation: o, status: s });
  }
  const years = [...byYear.values()].sort((a, b) => a.year.localeCompare(b.year));
  const missed = years.filter((y) => y.status === 'below').map((y) => y.year);
  if (years.length === 0) return { status: observation ? status(ind, observation) : none, observation, years, missed };
  const headline: Status = missed.length > 0 ? 'below' : years.every((y) => y.status === 'exceeded') ? 'exceeded' : 'met';
  return { status: headline, observation: years.at(-1)!.observation, years, missed };
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
    default:
      return undefined;
  }
}
