/**
 * The indicators index: every indicator under its programme, programmes in the order
 * of programmes.csv and indicators in the order of indicators.csv, each with its
 * latest result (as the rest of the site words it) and its status.
 */
import type { Programme } from '../schemas/programmes.ts';
import { formatPeriod, type Lang } from './format.ts';
import { programmeShortName } from './names.ts';
import { formatValue, verdictLabel } from './phrase.ts';
import type { Site } from './site.ts';
import { STATUSES, type Status } from './status.ts';
import type { Row } from './dataset.ts';

export interface IndexEntry {
  id: string;
  label: string;
  /** "10.183 đảng viên (2022)"; undefined when no source reports a result */
  result?: string;
  status: Status;
  /** the status in words: "Chưa đạt năm 2021 · đạt 2/3 năm" for a target set per year */
  verdict: string;
}

export interface IndexGroup {
  programme: Row<Programme>;
  /** the short name, "Nghị quyết 15-NQ/TU", or an area's title */
  name: string;
  /** an instrument's title under its name; undefined for an area, whose name is its title */
  title?: string;
  entries: IndexEntry[];
}

export function indicatorIndex(site: Site, lang: Lang): IndexGroup[] {
  return site.data.programmes
    .map((p): IndexGroup => ({
      programme: p,
      name: programmeShortName(lang, p),
      title: p.kind === 'area' || !p.code ? undefined : lang === 'vi' ? p.title_vi : p.title_en,
      entries: site.indicatorsOf(p.id).map((i) => {
        const v = site.current(i.id);
        const o = v.observation;
        return {
          id: i.id,
          label: lang === 'vi' ? i.label_vi : i.label_en,
          result: o && `${formatValue(lang, i, o)} (${formatPeriod(lang, o.period)})`,
          status: v.status,
          verdict: verdictLabel(lang, v),
        };
      }),
    }))
    .filter((g) => g.entries.length > 0);
}

/** How many indicators have each status, in the rule's order; statuses no indicator has are left out. */
export function statusCounts(groups: IndexGroup[]): [Status, number][] {
  const n = new Map<Status, number>();
  for (const g of groups) for (const e of g.entries) n.set(e.status, (n.get(e.status) ?? 0) + 1);
  return STATUSES.filter((s) => n.has(s)).map((s) => [s, n.get(s)!]);
}
