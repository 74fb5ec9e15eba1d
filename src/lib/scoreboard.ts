/**
 * The scoreboard: every indicator that has a target or a claim, with its verdict (the
 * headline status, the result that stands for it now and, for per-year targets, each
 * judged year), misses first. The home page's table, its headline counts and its
 * overview chart all read from it.
 */
import type { Row } from './dataset.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import type { Site } from './site.ts';
import { isJudged, percentOfTarget, targetStated, type Status, type YearResult } from './status.ts';

export interface ScoreboardEntry {
  indicator: Row<Indicator>;
  /** the result that stands for the indicator: the latest, or for a per-year target that missed, its latest miss */
  observation?: Row<Observation>;
  status: Status;
  /** the standing result in percent of the target, where it is judged */
  percent?: number;
  /** per-year targets: each judged year with its percent of target */
  years: (YearResult<Row<Observation>> & { percent: number })[];
  missed: string[];
  /** a source states the target (a threshold, a plan, or a cited "all") */
  stated: boolean;
}

/** Misses first, then met, then what cannot be judged; within a group, the weakest result first. */
const ORDER: Status[] = ['below', 'met', 'exceeded', 'partial', 'not-comparable', 'claimed', 'progress', 'no-target'];

export function scoreboard(site: Site): ScoreboardEntry[] {
  const entries = site.data.programmes.flatMap((p) =>
    site.indicatorsOf(p.id)
      .filter((i) => i.target_kind !== 'none')
      .map((indicator): ScoreboardEntry => {
        const { status, years, missed, ...v } = site.current(indicator.id);
        // a per-year target that missed stands on its latest miss: the mark sits where the miss is
        const observation = missed.length ? years.findLast((y) => y.status === 'below')!.observation : v.observation;
        const percent = isJudged(status) && observation ? percentOfTarget(indicator, observation) : undefined;
        return {
          indicator, observation, status, percent, missed, stated: targetStated(indicator),
          years: years.map((y) => ({ ...y, percent: percentOfTarget(indicator, y.observation) ?? 0 })),
        };
      }));
  const rank = (e: ScoreboardEntry) => ORDER.indexOf(e.status);
  // a stable sort keeps the programmes' order among equals
  return entries.sort((a, b) => rank(a) - rank(b) || (a.percent ?? Infinity) - (b.percent ?? Infinity));
}

export interface HeadlineCounts {
  /** indicators whose target a source states */
  stated: number;
  /** of those, met or exceeded in every reported year or period */
  met: number;
  /** of those, missed in at least one year or period */
  missed: number;
  /** of those, no result yet comparable */
  notComparable: number;
  /** targets declared met by a source that does not publish them */
  claimed: number;
  /** x of y counts with no stated target */
  progress: number;
}

export function headlineCounts(entries: ScoreboardEntry[]): HeadlineCounts {
  const stated = entries.filter((e) => e.stated);
  const count = (list: ScoreboardEntry[], ...s: Status[]) => list.filter((e) => s.includes(e.status)).length;
  return {
    stated: stated.length,
    met: count(stated, 'met', 'exceeded'),
    missed: count(stated, 'below'),
    notComparable: stated.length - count(stated, 'met', 'exceeded', 'below'),
    claimed: count(entries, 'claimed'),
    progress: count(entries, 'progress'),
  };
}
