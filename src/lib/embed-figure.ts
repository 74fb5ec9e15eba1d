/**
 * One embedded chart as the embed page, the embed code and the oEmbed description
 * all see it: the figure drawn for a narrow column, the words of its footer, the
 * links out, the citation, and the frame height that fits it all without the script.
 */
import { chartFigure, chartFiles, chartPage } from '../charts/catalog.ts';
import type { Figure } from '../charts/figure.ts';
import { t } from '../i18n/index.ts';
import { chartSources, citation, LICENCE, type Citation } from './cite.ts';
import { embedHeight } from './embed.ts';
import type { Lang } from './format.ts';
import { routes } from './routes.ts';
import type { Site } from './site.ts';
import { dataUpdated } from './updated.ts';

export interface EmbedFigure {
  figure: Figure;
  /** absolute addresses */
  page: string;
  embed: string;
  csv: string;
  xlsx: string;
  png: string;
  oembed: string;
  licence: string;
  cite: Citation;
  /** the default iframe height, in CSS pixels, at the reference width */
  height: number;
}

/**
 * The height of the drawing a column shows: the widest one that fits, scaled up to at
 * most 14/12 of its size (as the stylesheet's container queries do), else the narrowest.
 */
function shownChartHeight(figure: Figure): (contentWidth: number) => number {
  const drawn = figure.sizes.map((s) => ({ width: s.width, height: Number(/\sheight="([\d.]+)"/.exec(s.svg)?.[1] ?? 0) }));
  return (content) => {
    const fit = drawn.filter((d) => d.width <= content).at(-1) ?? drawn[0]!;
    return (fit.height * Math.min(content, (fit.width * 14) / 12)) / fit.width;
  };
}

export function embedFigure(site: Site, lang: Lang, id: string, origin: string | URL): EmbedFigure | undefined {
  const abs = (p: string) => new URL(p, origin).href;
  const figure = chartFigure(site, lang, id, { origin: new URL(origin).href });
  if (!figure) return undefined;
  const tr = t(lang);
  const page = abs(chartPage(lang, id));
  const cite = citation(lang, { title: figure.title, url: page, updated: dataUpdated(), sources: chartSources(site, id) });
  // every line the embed prints under its chart, in the order it prints them
  const footer = [
    figure.sourceLine,
    `${tr('embed.viewFull')} · ${tr('site.name')}`,
    `${tr('embed.getData')}: CSV · XLSX · ${tr('embed.licence', { licence: LICENCE.name })}`,
    tr('embed.cite'),
  ];
  return {
    figure, page, cite,
    embed: abs(routes.embed(lang, id)),
    csv: abs(chartFiles.csv(lang, id)),
    xlsx: abs(chartFiles.xlsx(lang, id)),
    png: abs(chartFiles.png(lang, id)),
    oembed: abs(chartFiles.oembed(lang, id)),
    // the site's data page states the licence: an embed links nowhere but to the site
    licence: abs(routes.data(lang)),
    height: embedHeight({
      chartHeight: shownChartHeight(figure), title: figure.title, takeaway: figure.takeaway, subtitle: figure.subtitle,
      legend: figure.legend.map((i) => i.label), footer,
    }),
  };
}
