/** /charts/<id>.csv: the data a chart shows, with a citation per row (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { chartFigure, chartIds } from '../../../charts/catalog.ts';
import { chartCsv } from '../../../lib/chart-csv.ts';
import { LANG_PARAMS, langOf, routes } from '../../../lib/routes.ts';
import { getSite } from '../../../lib/site.ts';

export function getStaticPaths() {
  return LANG_PARAMS.flatMap(({ lang }) => chartIds(getSite()).map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = ({ params, site: origin }) => {
  const lang = langOf(params.lang);
  const figure = chartFigure(getSite(), lang, params.id!, { origin: origin?.href })!;
  return new Response(chartCsv(getSite(), figure, (id) => new URL(routes.indicator(lang, id), origin).href), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
