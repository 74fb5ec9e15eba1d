/**
 * Every chart of the site by its stable id: "overview" for the home page's chart, and
 * an indicator's id for its chart. Embeds, downloads and social images are made for
 * each, in each language.
 */
import type { Lang } from '../lib/format.ts';
import { routes } from '../lib/routes.ts';
import type { Site } from '../lib/site.ts';
import { figureFor, overviewFigure, type Figure } from './figure.ts';

export const OVERVIEW = 'overview';

const ids = new WeakMap<Site, string[]>();

export function chartIds(site: Site): string[] {
  let list = ids.get(site);
  if (!list) {
    list = [OVERVIEW, ...site.data.indicators.filter((i) => figureFor(site, 'vi', i.id)).map((i) => i.id)];
    ids.set(site, list);
  }
  return list;
}

/** The page a chart belongs to. */
export function chartPage(lang: Lang, id: string): string {
  return id === OVERVIEW ? routes.home(lang) : routes.indicator(lang, id);
}

/** The chart as a figure; its marks link to quotes on its own page, absolute when `origin` is given. */
export function chartFigure(site: Site, lang: Lang, id: string, opts: { width?: number; origin?: string } = {}): Figure | undefined {
  const page = opts.origin ? new URL(chartPage(lang, id), opts.origin).href : chartPage(lang, id);
  if (id === OVERVIEW) return overviewFigure(site, lang, { width: opts.width, hrefBase: opts.origin });
  return figureFor(site, lang, id, { width: opts.width, pageHref: page });
}

export const chartFiles = {
  png: (lang: Lang, id: string) => `${routes.home(lang)}charts/${id}.png`,
  svg: (lang: Lang, id: string) => `${routes.home(lang)}charts/${id}.svg`,
  csv: (lang: Lang, id: string) => `${routes.home(lang)}charts/${id}.csv`,
  xlsx: (lang: Lang, id: string) => `${routes.home(lang)}charts/${id}.xlsx`,
  /** the oEmbed description a CMS fetches when an editor pastes the chart's address */
  oembed: (lang: Lang, id: string) => `${routes.home(lang)}oembed/${id}.json`,
};
