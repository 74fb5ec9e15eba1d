/** /downloads/<indicator>.xlsx: every report of one indicator as a spreadsheet of typed cells, with its citation. */
import type { APIRoute } from 'astro';
import { chartSources, citation } from '../../lib/cite.ts';
import { OBSERVATION_COLUMNS, observationRows } from '../../lib/csv-out.ts';
import { routes } from '../../lib/routes.ts';
import { getSite } from '../../lib/site.ts';
import { dataUpdated } from '../../lib/updated.ts';
import { toXlsx } from '../../lib/xlsx-out.ts';

export function getStaticPaths() {
  return getSite().data.indicators.map((i) => ({ params: { id: i.id } }));
}

export const GET: APIRoute = async ({ params, site: origin }) => {
  const site = getSite();
  const i = site.indicators.get(params.id!)!;
  const url = new URL(routes.indicator('vi', i.id), origin).href;
  const updated = dataUpdated();
  const cite = citation('vi', { title: i.label_vi, url, updated, sources: chartSources(site, i.id) });
  const rows = observationRows(site, site.observationsOf(i.id), (id) => new URL(routes.indicator('vi', id), origin).href);
  const body = await toXlsx('vi', rows, OBSERVATION_COLUMNS, { title: i.label_vi, url, updated, sources: cite.sources, full: cite.full });
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
