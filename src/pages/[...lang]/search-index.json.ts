/** /search-index.json and /en/search-index.json: programmes, indicators and narratives. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { langOf, langPaths, routes } from '../../lib/routes.ts';
import { programmeName, programmeShortName } from '../../lib/names.ts';
import { fold, plainText, type SearchEntry } from '../../lib/search.ts';
import { getSite } from '../../lib/site.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = langOf(params.lang);
  const site = getSite();
  const narratives = await getCollection('narratives', (e) => e.id.startsWith(`${lang}/`));
  const entries: SearchEntry[] = [];
  for (const p of site.data.programmes) {
    const n = narratives.find((e) => e.id === `${lang}/${p.id}`);
    const name = programmeName(lang, p);
    entries.push({ k: 'p', t: programmeShortName(lang, p), u: routes.programme(lang, p.id), c: n?.data.summary ?? name, f: fold(`${name} ${p.code ?? ''} ${n?.data.summary ?? ''}`) });
    if (n?.body) entries.push({ k: 'n', t: programmeShortName(lang, p), u: `${routes.programme(lang, p.id)}#overview`, c: n.data.summary, f: fold(plainText(n.body)) });
  }
  for (const i of site.data.indicators) {
    const label = lang === 'vi' ? i.label_vi : i.label_en;
    const prog = programmeShortName(lang, site.programmes.get(i.programme)!);
    const note = (lang === 'vi' ? i.note_vi : i.note_en) ?? '';
    entries.push({ k: 'i', t: label, u: routes.indicator(lang, i.id), c: prog, f: fold(`${label} ${prog} ${note} ${lang === 'vi' ? i.unit_vi ?? '' : i.unit_en ?? ''}`) });
  }
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
