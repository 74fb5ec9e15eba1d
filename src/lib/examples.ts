/**
 * One real example of each status, for the method page: the rule is easier to trust
 * when each word points at a figure that carries it.
 */
import type { Row } from './dataset.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import type { Site } from './site.ts';
import { STATUSES, status, type Status } from './status.ts';

export interface StatusExample {
  indicator: Row<Indicator>;
  observation: Row<Observation>;
}

/** For each status, the first observation in the data's order that has it. */
export function statusExamples(site: Site): Map<Status, StatusExample> {
  const out = new Map<Status, StatusExample>();
  for (const observation of site.data.observations) {
    const indicator = site.indicators.get(observation.indicator)!;
    const s = status(indicator, observation);
    if (!out.has(s)) out.set(s, { indicator, observation });
  }
  return new Map(STATUSES.filter((s) => out.has(s)).map((s) => [s, out.get(s)!]));
}
