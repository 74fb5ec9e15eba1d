/** How programmes and sources are named in each language. */
import type { Programme } from '../schemas/programmes.ts';
import type { Lang } from './format.ts';
import { capitalise, KIND_TERM, termText } from './glossary.ts';
import { getSite } from './site.ts';

/** "Nghị quyết" / "Resolution": the kind of document, in the glossary's words. */
export function programmeKindName(lang: Lang, p: Programme): string {
  const id = KIND_TERM[p.kind];
  const term = id ? getSite().glossary.get(id) : undefined;
  if (!term) throw new Error(`data/glossary.csv: no term "${id}" for programmes of kind "${p.kind}"`);
  return capitalise(termText(lang, term));
}

/** "Chương trình 01-CTr/TU: Tăng cường…" or, for an area, its title alone. */
export function programmeName(lang: Lang, p: Programme): string {
  const title = lang === 'vi' ? p.title_vi : p.title_en;
  if (p.kind === 'area' || !p.code) return title;
  return `${programmeKindName(lang, p)} ${p.code}: ${title}`;
}

/** The short name: "Nghị quyết 15-NQ/TU", or an area's title. */
export function programmeShortName(lang: Lang, p: Programme): string {
  if (p.kind === 'area') return lang === 'vi' ? p.title_vi : p.title_en;
  if (!p.code) return lang === 'vi' ? p.title_vi : p.title_en;
  return `${programmeKindName(lang, p)} ${p.code}`;
}
