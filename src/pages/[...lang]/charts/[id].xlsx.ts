/** /charts/<id>.xlsx: the data a chart shows as a spreadsheet of typed cells, with its citation. */
import type { APIRoute } from 'astro';
import { chartFigure, chartIds, chartPage } from '../../../charts/catalog.ts';
import { CHART_COLUMNS, chartRows } from '../../../lib/chart-csv.ts';
import { chartSources, citation } from '../../../lib/cite.ts';
import { LANG_PARAMS, langOf, routes } from '../../../lib/routes.ts';
import { getSite } from '../../../lib/site.ts';
import { dataUpdated } from '../../../lib/updated.ts';
import { toXlsx } from '../../../lib/xlsx-out.ts';

export function getStaticPaths() {
  return LANG_PARAMS.flatMap(({ lang }) => chartIds(getSite()).map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = async ({ params, site: origin }) => {
  const lang = langOf(params.lang);
  const site = getSite();
  const figure = chartFigure(site, lang, params.id!, { origin: origin?.href })!;
  const url = new URL(chartPage(lang, figure.id), origin).href;
  const updated = dataUpdated();
  const cite = citation(lang, { title: figure.title, url, updated, sources: chartSources(site, figure.id) });
  const rows = chartRows(site, figure, (id) => new URL(routes.indicator(lang, id), origin).href);
  const body = await toXlsx(lang, rows, CHART_COLUMNS, { title: figure.title, url, updated, sources: cite.sources, full: cite.full });
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
