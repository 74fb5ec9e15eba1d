/**
 * The scoreboard: every indicator that has a target, with the result that stands
 * for it now and its status, in the programmes' order. The home page's table, its
 * headline counts and its overview chart all read from it.
 */
import type { Row } from './dataset.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import type { Site } from './site.ts';
import { JUDGED, percentOfTarget, type Status } from './status.ts';

export interface ScoreboardEntry {
  indicator: Row<Indicator>;
  observation?: Row<Observation>;
  status: Status;
  percent?: number;
}

export function scoreboard(site: Site): ScoreboardEntry[] {
  return site.data.programmes.flatMap((p) =>
    site.indicatorsOf(p.id)
      .filter((i) => i.target_kind !== 'none')
      .map((indicator) => {
        const { observation, status } = site.current(indicator.id);
        const percent = JUDGED.includes(status) && observation ? percentOfTarget(indicator, observation) : undefined;
        return { indicator, observation, status, percent };
      }));
}

export function headlineCounts(entries: ScoreboardEntry[]) {
  const met = entries.filter((e) => e.status === 'met' || e.status === 'exceeded').length;
  const below = entries.filter((e) => e.status === 'below').length;
  return { withTarget: entries.length, met, below, unmeasurable: entries.length - met - below };
}
