/** /downloads/<indicator>.csv: every report of one indicator, with its citation. */
import type { APIRoute } from 'astro';
import { OBSERVATION_COLUMNS, observationRows, toCsv } from '../../lib/csv-out.ts';
import { routes } from '../../lib/routes.ts';
import { getSite } from '../../lib/site.ts';

export function getStaticPaths() {
  return getSite().data.indicators.map((i) => ({ params: { id: i.id } }));
}

export const GET: APIRoute = ({ params, site: origin }) => {
  const site = getSite();
  const rows = observationRows(site, site.observationsOf(params.id!), (id) => new URL(routes.indicator('vi', id), origin).href);
  return new Response(toCsv(rows, OBSERVATION_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
