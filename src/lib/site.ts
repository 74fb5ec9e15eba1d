/**
 * The dataset as the pages use it: loaded once per build through the one loader,
 * with the lookups every page needs. Nothing here re-reads or re-parses a CSV.
 */
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import type { Programme } from '../schemas/programmes.ts';
import type { Source } from '../schemas/sources.ts';
import { arithmeticChecks, type ArithmeticCheck } from './arithmetic.ts';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, loadDataset, type Dataset, type Row } from './dataset.ts';
import { verdict, type Verdict } from './status.ts';

export interface Site {
  data: Dataset;
  sources: Map<string, Row<Source>>;
  programmes: Map<string, Row<Programme>>;
  indicators: Map<string, Row<Indicator>>;
  /** data/glossary.csv by term id */
  glossary: Map<string, Row<GlossaryTerm>>;
  observationsOf: (indicatorId: string) => Row<Observation>[];
  indicatorsOf: (programmeId: string) => Row<Indicator>[];
  childrenOf: (programmeId: string) => Row<Programme>[];
  partsOf: (indicatorId: string) => Row<Indicator>[];
  checksOf: (indicatorId: string) => ArithmeticCheck[];
  checks: ArithmeticCheck[];
  /** the indicator's verdict: headline status, the result that stands for it now, and each judged year */
  current: (indicatorId: string) => Verdict<Row<Observation>>;
  sourceDate: (sourceId: string) => string;
  /** The observation a narrative cites: of that period and source if given, else the most recent source's. */
  cited: (indicatorId: string, period?: string, source?: string) => Row<Observation> | undefined;
}

function group<T, K>(items: T[], key: (t: T) => K | undefined): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k !== undefined) m.set(k, [...(m.get(k) ?? []), it]);
  }
  return m;
}

export function buildSite(data: Dataset): Site {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const sourceDate = (id: string) => sources.get(id)?.date_to ?? '';
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  const obs = group(data.observations, (o) => o.indicator);
  const byProgramme = group(data.indicators, (i) => i.programme);
  const children = group(data.programmes, (p) => p.parent);
  const parts = group(data.indicators, (i) => i.part_of);
  const checks = arithmeticChecks(data);
  const checksBy = group(checks, (c) => c.indicator);
  const current = new Map(data.indicators.map((ind) => [ind.id, verdict(ind, obs.get(ind.id) ?? [], sourceDate)]));
  return {
    data, sources, indicators, checks, sourceDate,
    programmes: new Map(data.programmes.map((p) => [p.id, p])),
    glossary: new Map(data.glossary.map((g) => [g.id, g])),
    observationsOf: (id) => obs.get(id) ?? [],
    indicatorsOf: (id) => byProgramme.get(id) ?? [],
    childrenOf: (id) => children.get(id) ?? [],
    partsOf: (id) => parts.get(id) ?? [],
    checksOf: (id) => checksBy.get(id) ?? [],
    current: (id) => current.get(id)!,
    cited: (id, period, source) => (obs.get(id) ?? [])
      .filter((o) => (period === undefined || o.period.raw === period) && (source === undefined || o.source === source))
      .sort((a, b) => sourceDate(b.source).localeCompare(sourceDate(a.source)) || a.row - b.row)[0],
  };
}

let cached: { site: Site; stamp: string } | undefined;

/** The data folder: data/ unless DATA_DIR says otherwise (tests build sites from fixtures). */
export function dataDir(): string {
  return process.env.DATA_DIR ?? 'data';
}

/** The files' modification times: when an editor saves a CSV, the dev server reloads the data. */
function stamp(dir: string): string {
  return Object.values(FILES).map((f) => {
    try {
      return statSync(join(dir, f)).mtimeMs;
    } catch {
      return 'missing';
    }
  }).join('|');
}

/** The site's data, loaded on first use and again whenever a data file changes. */
export function getSite(): Site {
  const dir = dataDir();
  const now = stamp(dir);
  if (!cached || cached.stamp !== now) cached = { site: buildSite(loadDataset(dir)), stamp: now };
  return cached.site;
}
