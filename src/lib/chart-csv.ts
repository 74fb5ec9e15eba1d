/** The CSV of one chart: exactly the points it draws, each with its citation. */
import type { Figure } from '../charts/figure.ts';
import { OBSERVATION_COLUMNS, observationRows, toCsv } from './csv-out.ts';
import type { Site } from './site.ts';

export const CHART_COLUMNS = ['chart', 'label', ...OBSERVATION_COLUMNS];

/** `pageUrl(indicator)` is the absolute address of the page a row's quote is on. */
export function chartCsv(site: Site, figure: Figure, pageUrl: (indicator: string) => string): string {
  const byRow = new Map(site.data.observations.map((o) => [o.row, o]));
  const rows = observationRows(site, figure.points.map((p) => byRow.get(p.row)!), pageUrl)
    .map((r, i) => ({ chart: figure.id, label: figure.points[i]!.periodLabel, ...r }));
  return toCsv(rows, CHART_COLUMNS);
}
