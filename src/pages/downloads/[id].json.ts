/** /downloads/<indicator>.json: an indicator described for machines, with every report and its citation. */
import type { APIRoute } from 'astro';
import { chartSources, citation, LICENCE, sourceRef } from '../../lib/cite.ts';
import { observationRows } from '../../lib/csv-out.ts';
import { routes } from '../../lib/routes.ts';
import { getSite } from '../../lib/site.ts';
import { dataUpdated } from '../../lib/updated.ts';

export function getStaticPaths() {
  return getSite().data.indicators.map((i) => ({ params: { id: i.id } }));
}

export const GET: APIRoute = ({ params, site: origin }) => {
  const site = getSite();
  const i = site.indicators.get(params.id!)!;
  const p = site.programmes.get(i.programme)!;
  const abs = (path: string) => new URL(path, origin).href;
  const cite = (lang: 'vi' | 'en') => citation(lang, {
    title: lang === 'vi' ? i.label_vi : i.label_en, url: abs(routes.indicator(lang, i.id)), updated: dataUpdated(), sources: chartSources(site, i.id),
  });
  const body = {
    id: i.id,
    label: { vi: i.label_vi, en: i.label_en },
    programme: { id: p.id, code: p.code ?? null, title: { vi: p.title_vi, en: p.title_en } },
    measure: i.measure,
    unit: { vi: i.unit_vi ?? null, en: i.unit_en ?? null },
    higher_is_better: i.higher_is_better ?? null,
    target: i.target_kind === 'none' ? null : {
      kind: i.target_kind, low: i.target_low ?? null, high: i.target_high ?? null, per: i.target_per ?? null,
      citation: i.target_source ? { source: i.target_source, line: i.target_line, quote: i.target_quote } : null,
    },
    status: site.current(i.id).status,
    // a per-year target is judged year by year: the headline is below if any year missed
    years: site.current(i.id).years.map((y) => ({ year: y.year, value: y.observation.value, status: y.status })),
    missed_years: site.current(i.id).missed,
    note: { vi: i.note_vi ?? null, en: i.note_en ?? null },
    pages: { vi: abs(routes.indicator('vi', i.id)), en: abs(routes.indicator('en', i.id)) },
    csv: abs(routes.file(`downloads/${i.id}.csv`)),
    xlsx: abs(routes.file(`downloads/${i.id}.xlsx`)),
    sources: chartSources(site, i.id).map((s) => ({ ...sourceRef('vi', s), title: { vi: s.title_vi, en: s.title_en } })),
    observations: observationRows(site, site.observationsOf(i.id), (id) => abs(routes.indicator('vi', id))),
    licence: { id: LICENCE.spdx, name: LICENCE.name, url: LICENCE.url },
    updated: dataUpdated(),
    cite_as: { vi: cite('vi').full, en: cite('en').full },
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
