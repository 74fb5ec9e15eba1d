/**
 * /charts/<id>.png: the chart as a PNG at twice its display width, with title, source
 * and the site's name in the image. Also the social image of the chart's page.
 */
import type { APIRoute } from 'astro';
import { chartFigure, chartIds, chartPage } from '../../../charts/catalog.ts';
import { EXPORT_CHART_WIDTH, exportSvg } from '../../../charts/export.ts';
import { exportText } from '../../../lib/cite.ts';
import { svgToPng } from '../../../lib/png.ts';
import { LANG_PARAMS, langOf } from '../../../lib/routes.ts';
import { getSite } from '../../../lib/site.ts';

export function getStaticPaths() {
  return LANG_PARAMS.flatMap(({ lang }) => chartIds(getSite()).map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = async ({ params, site: origin }) => {
  const lang = langOf(params.lang);
  const figure = chartFigure(getSite(), lang, params.id!, { width: EXPORT_CHART_WIDTH, origin: origin?.href })!;
  const svg = exportSvg(figure, exportText(getSite(), lang, figure.id, new URL(chartPage(lang, params.id!), origin).href));
  return new Response(new Uint8Array(await svgToPng(svg, 2)), { headers: { 'Content-Type': 'image/png' } });
};
