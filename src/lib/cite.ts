/**
 * Citations worth printing: the site, the chart or page title, each source as a
 * bibliography entry (publisher where the document states it, title, its date as
 * precisely as it is known, its address where the data records one), the licence, and
 * the date the data last changed. The same words serve the share box, the embed
 * footer, the PNG/SVG footer and the downloads.
 */
import { t } from '../i18n/index.ts';
import type { Source } from '../schemas/sources.ts';
import { formatDate, formatDateRange, type Lang } from './format.ts';
import type { Site } from './site.ts';
import { dataUpdated } from './updated.ts';

export const LICENCE = { name: 'CC BY 4.0', spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

/** A source as a bibliography entry, in machine form (for CSV and JSON) and in words. */
export interface SourceRef {
  id: string;
  publisher: string | null;
  title: string;
  date_from: string;
  date_to: string;
  /** true when the document states its date; otherwise the dates bound an inferred "about" date */
  date_exact: boolean;
  /** the date as readers see it: "20/12/2022" or "khoảng 3/2023 – 6/2023" */
  date: string;
  /** the document's address: none of the sources has one recorded yet */
  url: string | null;
}

export function sourceRef(lang: Lang, s: Source): SourceRef {
  const tr = t(lang);
  return {
    id: s.id,
    publisher: s.publisher ?? null,
    title: lang === 'vi' ? s.title_vi : s.title_en,
    date_from: s.date_from,
    date_to: s.date_to,
    date_exact: s.date_from === s.date_to,
    date: formatDateRange(lang, s.date_from, s.date_to, tr('source.about')),
    url: null,
  };
}

/** "Publisher, “Title”, 20/12/2022." — the publisher said to be unstated rather than guessed. */
export function sourceText(lang: Lang, r: SourceRef): string {
  const tr = t(lang);
  return tr('cite.source', { publisher: r.publisher ?? tr('cite.noPublisher'), title: r.title, date: r.date }) + (r.url ? ` ${r.url}` : '');
}

/** The sources a chart draws on: all of them for the overview, else those of its indicator's reports. */
export function chartSources(site: Site, chartId: string): Source[] {
  const ids = chartId === 'overview'
    ? site.data.sources.map((s) => s.id)
    : [...new Set(site.observationsOf(chartId).map((o) => o.source))];
  return ids.map((id) => site.sources.get(id)!);
}

export interface Citation {
  short: string;
  full: string;
  /** each source in words, for a list */
  sources: string[];
  /** one line for a footer: the site, the licence and the data's date */
  line: string;
}

export function citation(lang: Lang, o: { title: string; url: string; updated: string; sources: Source[] }): Citation {
  const tr = t(lang);
  const site = tr('site.name');
  const year = o.updated.slice(0, 4);
  const sources = o.sources.map((s) => sourceText(lang, sourceRef(lang, s)));
  const date = formatDate(lang, o.updated);
  return {
    short: tr('cite.short', { site, year, title: o.title, licence: LICENCE.name }),
    full: tr('cite.full', { site, year, title: o.title, url: o.url, date, sources: sources.join(' '), licence: LICENCE.name }),
    sources,
    line: tr('cite.line', { site, url: o.url, date, licence: LICENCE.name }),
  };
}

/** The words printed around a downloaded chart (PNG, SVG): the site, its address, every source, the licence and date. */
export function exportText(site: Site, lang: Lang, chartId: string, pageUrl: string): { siteName: string; url: string; sources: string[]; credit: string } {
  const tr = t(lang);
  const sources = chartSources(site, chartId).map((s) => sourceText(lang, sourceRef(lang, s)));
  return {
    siteName: tr('site.name'), url: pageUrl,
    sources: [`${tr(sources.length > 1 ? 'figure.sources' : 'figure.source')}: ${sources[0]}`, ...sources.slice(1)],
    credit: tr('cite.credit', { licence: LICENCE.name, date: formatDate(lang, dataUpdated()) }),
  };
}
