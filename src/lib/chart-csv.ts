/**
 * The data of one chart: exactly the points it draws, each with its citation and the
 * number the chart plots (for the overview, the percent of target, not the raw value).
 */
import type { Figure } from '../charts/figure.ts';
import { OBSERVATION_COLUMNS, observationRows, toCsv, type Cell } from './csv-out.ts';
import type { Site } from './site.ts';

export const CHART_COLUMNS = ['chart', 'label', 'plotted', 'plotted_as', ...OBSERVATION_COLUMNS];

/** What the `plotted` number is: the value itself, the percent of target, or a percent the source printed. */
function plottedAs(figure: Figure, value: number, plotted: number, stated: number | undefined): string {
  if (figure.kind === 'overview') return 'percent_of_target';
  if (plotted === value) return 'value';
  return plotted === stated ? 'stated_percent' : 'derived';
}

/** `pageUrl(indicator)` is the absolute address of the page a row's quote is on. */
export function chartRows(site: Site, figure: Figure, pageUrl: (indicator: string) => string): Record<string, Cell>[] {
  const byRow = new Map(site.data.observations.map((o) => [o.row, o]));
  return observationRows(site, figure.points.map((p) => byRow.get(p.row)!), pageUrl).map((r, i) => {
    const p = figure.points[i]!;
    return { chart: figure.id, label: p.periodLabel, plotted: p.value, plotted_as: plottedAs(figure, r.value, p.value, r.stated_percent), ...r };
  });
}

export function chartCsv(site: Site, figure: Figure, pageUrl: (indicator: string) => string): string {
  return toCsv(chartRows(site, figure, pageUrl), CHART_COLUMNS);
}
