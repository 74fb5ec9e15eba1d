/**
 * The glossary of party and state terms (data/glossary.csv): the one rendering of each
 * term in each language, for labels, narratives and the glossary page.
 */
import type { Lang } from './format.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Programme } from '../schemas/programmes.ts';

/** The glossary term that names each kind of programme; an area is not a document and has none. */
export const KIND_TERM: Record<Programme['kind'], string | undefined> = {
  'congress-resolution': 'nghi-quyet-dai-hoi',
  'work-programme': 'chuong-trinh-cong-tac',
  resolution: 'nghi-quyet',
  conclusion: 'ket-luan',
  project: 'de-an',
  directive: 'chi-thi',
  regulation: 'quy-dinh',
  plan: 'ke-hoach',
  area: undefined,
};

export function termText(lang: Lang, term: GlossaryTerm): string {
  return lang === 'vi' ? term.term_vi : term.term_en;
}

/** The term as a label opens: "work programme" → "Work programme". */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** The glossary page's order: alphabetical in the page's language, Vietnamese collation for Vietnamese. */
export function glossaryOrder(lang: Lang, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en', { sensitivity: 'base' });
  return [...terms].sort((a, b) => collator.compare(termText(lang, a), termText(lang, b)));
}

/** The anchor of a term on the glossary page. */
export function termAnchor(term: Pick<GlossaryTerm, 'id'>): string {
  return `term-${term.id}`;
}
