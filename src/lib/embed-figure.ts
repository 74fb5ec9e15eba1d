/**
 * One embedded chart as the embed page, the embed code and the oEmbed description
 * all see it: the figure drawn for a narrow column, the words of its footer, the
 * links out, the citation, and the frame height that fits it all without the script.
 */
import { chartFigure, chartFiles, chartPage } from '../charts/catalog.ts';
import type { Figure } from '../charts/figure.ts';
import { EMBED_WIDTH } from '../charts/options.ts';
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

export function embedFigure(site: Site, lang: Lang, id: string, origin: string | URL): EmbedFigure | undefined {
  const abs = (p: string) => new URL(p, origin).href;
  const figure = chartFigure(site, lang, id, { origin: new URL(origin).href, width: EMBED_WIDTH });
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
      plotWidth: Number(figure.plot.width ?? EMBED_WIDTH), plotHeight: Number(figure.plot.height),
      title: figure.title, subtitle: figure.subtitle, summary: figure.summary, footer,
    }),
  };
}
