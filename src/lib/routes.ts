/**
 * Every URL of the site, in one place. Vietnamese pages live at the root, English
 * ones under /en/; both under the deploy base path (BASE_PATH, e.g. "/hanoi/" for a
 * GitHub Pages project site).
 */
import type { Lang } from './format.ts';

// The same variable astro.config.mjs reads, so pages, endpoints, the CLI and tests agree.
const RAW_BASE = process.env.BASE_PATH ?? '/';
const withSlashes = (s: string) => `/${s.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
export const BASE = withSlashes(RAW_BASE);

function url(lang: Lang, segments: string[], file = false): string {
  const parts = [...(lang === 'en' ? ['en'] : []), ...segments];
  const path = parts.join('/');
  if (path === '') return BASE;
  return `${BASE}${path}${file ? '' : '/'}`;
}

export const routes = {
  home: (lang: Lang) => url(lang, []),
  programmes: (lang: Lang) => url(lang, ['programmes']),
  programme: (lang: Lang, id: string) => url(lang, ['programmes', id]),
  indicators: (lang: Lang) => url(lang, ['indicators']),
  indicator: (lang: Lang, id: string) => url(lang, ['indicators', id]),
  sources: (lang: Lang) => url(lang, ['sources']),
  source: (lang: Lang, id: string) => url(lang, ['sources', id]),
  method: (lang: Lang) => url(lang, ['method']),
  glossary: (lang: Lang) => url(lang, ['glossary']),
  search: (lang: Lang) => url(lang, ['search']),
  searchIndex: (lang: Lang) => url(lang, ['search-index.json'], true),
  data: (lang: Lang) => url(lang, ['data']),
  editors: (lang: Lang) => url(lang, ['editors']),
  warnings: (lang: Lang) => url(lang, ['editors', 'warnings']),
  embed: (lang: Lang, id: string) => url(lang, ['embed', id]),
  /** a file under public/ or generated at the root, the same for both languages */
  file: (path: string) => `${BASE}${path.replace(/^\//, '')}`,
};

/** The `lang` route parameter: absent for Vietnamese, "en" for English. */
export const LANG_PARAMS: { lang: string | undefined }[] = [{ lang: undefined }, { lang: 'en' }];

/** getStaticPaths of a page that exists once per language. */
export function langPaths() {
  return LANG_PARAMS.map((params) => ({ params }));
}

export function langOf(param: string | undefined): Lang {
  return param === 'en' ? 'en' : 'vi';
}

/** The same page in the other language. */
export function otherLanguagePath(path: string, to: Lang): string {
  const rest = path.startsWith(BASE) ? path.slice(BASE.length) : path.replace(/^\//, '');
  const bare = rest.replace(/^en(\/|$)/, '');
  return to === 'en' ? `${BASE}en/${bare}` : `${BASE}${bare}`;
}
