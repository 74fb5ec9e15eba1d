/** /charts/<id>.svg: the chart as a standalone SVG with its title, source and the site's name. */
import type { APIRoute } from 'astro';
import { chartFigure, chartIds, chartPage } from '../../../charts/catalog.ts';
import { EXPORT_CHART_WIDTH, exportSvg } from '../../../charts/export.ts';
import { exportText } from '../../../lib/cite.ts';
import { LANG_PARAMS, langOf } from '../../../lib/routes.ts';
import { getSite } from '../../../lib/site.ts';

export function getStaticPaths() {
  return LANG_PARAMS.flatMap(({ lang }) => chartIds(getSite()).map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = ({ params, site: origin }) => {
  const lang = langOf(params.lang);
  const figure = chartFigure(getSite(), lang, params.id!, { width: EXPORT_CHART_WIDTH, origin: origin?.href })!;
  const svg = exportSvg(figure, exportText(getSite(), lang, figure.id, new URL(chartPage(lang, params.id!), origin).href));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
