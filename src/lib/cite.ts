/** Ready-to-paste citations for a chart or a page, short and full, with the licence. */
import { t } from '../i18n/index.ts';
import { formatDate, type Lang } from './format.ts';

export interface Citation {
  short: string;
  full: string;
}

export function citation(lang: Lang, title: string, url: string, updated: string, sources: string): Citation {
  const tr = t(lang);
  const site = tr('site.name');
  const year = updated.slice(0, 4);
  return {
    short: tr('cite.short', { site, year, title }),
    full: tr('cite.full', { site, year, title, url, date: formatDate(lang, updated), sources }),
  };
}
