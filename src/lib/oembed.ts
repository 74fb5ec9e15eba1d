/**
 * The oEmbed description of a chart (https://oembed.com, type "rich"): what a CMS
 * fetches after finding the discovery link on a chart's page, to turn a pasted address
 * into the embed. The HTML is the bare iframe (CMSs strip third-party scripts), sized
 * for the reference width; the thumbnail is the chart's PNG.
 */
import { EXPORT_CHART_WIDTH, EXPORT_WIDTH, exportSvg } from '../charts/export.ts';
import { chartFigure, chartPage } from '../charts/catalog.ts';
import { t } from '../i18n/index.ts';
import { exportText, LICENCE } from './cite.ts';
import { embedSnippet, REFERENCE_WIDTH } from './embed.ts';
import type { EmbedFigure } from './embed-figure.ts';
import type { Lang } from './format.ts';
import { routes } from './routes.ts';
import type { Site } from './site.ts';

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  license: string;
  license_url: string;
}

/** The PNG's pixel size: twice the downloadable SVG, whose height the layout fixes. */
export function pngSize(site: Site, lang: Lang, id: string, origin: string): { width: number; height: number } {
  const figure = chartFigure(site, lang, id, { width: EXPORT_CHART_WIDTH, origin })!;
  const svg = exportSvg(figure, exportText(site, lang, id, new URL(chartPage(lang, id), origin).href));
  const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)![1]);
  return { width: EXPORT_WIDTH * 2, height: height * 2 };
}

export function oembed(site: Site, lang: Lang, e: EmbedFigure, origin: string): OEmbed {
  const tr = t(lang);
  const thumb = pngSize(site, lang, e.figure.id, origin);
  return {
    version: '1.0',
    type: 'rich',
    title: e.figure.title,
    provider_name: tr('site.name'),
    provider_url: new URL(routes.home(lang), origin).href,
    html: embedSnippet({ src: e.embed, title: tr('embed.frameTitle', { title: e.figure.title }), height: e.height }),
    width: REFERENCE_WIDTH,
    height: e.height,
    thumbnail_url: e.png,
    thumbnail_width: thumb.width,
    thumbnail_height: thumb.height,
    license: LICENCE.name,
    license_url: LICENCE.url,
  };
}
