/** /oembed/<id>.json: a chart's oEmbed description, one static file per chart and language. */
import type { APIRoute } from 'astro';
import { chartIds } from '../../../charts/catalog.ts';
import { embedFigure } from '../../../lib/embed-figure.ts';
import { oembed } from '../../../lib/oembed.ts';
import { LANG_PARAMS, langOf } from '../../../lib/routes.ts';
import { getSite } from '../../../lib/site.ts';

export function getStaticPaths() {
  return LANG_PARAMS.flatMap(({ lang }) => chartIds(getSite()).map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = ({ params, site: origin }) => {
  const lang = langOf(params.lang);
  const o = origin?.href ?? 'http://localhost:4321/';
  const e = embedFigure(getSite(), lang, params.id!, o)!;
  return new Response(JSON.stringify(oembed(getSite(), lang, e, o), null, 2), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
