/**
 * A chart as a file to take away: a standalone SVG with its title, subtitle, source
 * and the site's name, in the light theme's colours (no CSS variables, no tooltips),
 * ready to open anywhere or to be rasterised to PNG at build time. The same layout,
 * at 1200×630, is the social image of a page.
 */
import type { Figure } from './figure.ts';
import { legendIcon } from './legend.ts';
import { textWidth } from './measure.ts';
import { PALETTE } from './style.ts';
import { WIDTHS } from './options.ts';

/** The light theme's colours, as the stylesheet defines them. */
const COLORS: Record<string, string> = {
  '--bg': '#ffffff', '--ink': '#1a1a1a', '--muted': '#595959', '--target-band': '#e4ebf5', '--target-line': '#333333',
  ...Object.fromEntries(Object.entries(PALETTE).map(([s, [light]]) => [`--status-${s}`, light])),
};

const concrete = (markup: string) => markup.replace(/var\((--[\w-]+)\)/g, (_, name: string) => COLORS[name] ?? '#1a1a1a');

export const EXPORT_FONT = 'DejaVu Sans, system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap by an average character width, good enough for a title or a source line. */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart's own SVG made self-contained: concrete colours, no tooltips, no links. */
function standaloneChart(svg: string): { inner: string; width: number; height: number } {
  const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 400);
  const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 300);
  const inner = concrete(svg)
    .replace(/<g[^>]*class="tip"[^>]*>[\s\S]*?<\/g>/g, '')
    .replace(/<a [^>]*>/g, '').replace(/<\/a>/g, '')
    .replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  return { inner, width, height };
}

export interface ExportText {
  siteName: string;
  url: string;
  /** the full citation of each source, printed under the chart instead of the short source line */
  sources?: string[];
  /** a last line: the licence and the data's date */
  credit?: string;
}

interface Layout {
  width: number;
  /** fixed height (social image) or undefined to fit the content */
  height?: number;
  titleSize: number;
  pad: number;
}

function compose(figure: Figure, text: ExportText, layout: Layout): string {
  const { width, pad, titleSize } = layout;
  const chart = standaloneChart(figure.svg);
  const usable = width - 2 * pad;
  const titleLines = wrap(figure.title, Math.floor(usable / (titleSize * 0.6)));
  const small = Math.round(titleSize * 0.72);
  const perLine = Math.floor(usable / (small * 0.56));
  const sourceLines = (text.sources ?? [figure.sourceLine]).flatMap((s) => wrap(s, perLine));
  const creditLines = text.credit ? wrap(text.credit, perLine) : [];
  let y = pad;
  const parts: string[] = [];
  for (const l of titleLines) {
    y += titleSize * 1.25;
    parts.push(`<text x="${pad}" y="${y}" font-size="${titleSize}" font-weight="bold">${escapeXml(l)}</text>`);
  }
  for (const l of wrap(figure.takeaway, Math.floor(usable / ((small + 2) * 0.6)))) {
    y += (small + 2) * 1.35;
    parts.push(`<text x="${pad}" y="${y}" font-size="${small + 2}">${escapeXml(l)}</text>`);
  }
  y += small * 1.5;
  parts.push(`<text x="${pad}" y="${y}" font-size="${small}" fill="${COLORS['--muted']}">${escapeXml(figure.subtitle)}</text>`);
  y += 8;
  // the key, item after item, wrapping to a new line when the next one does not fit
  const icon = Math.round(small * 1.1);
  let x = pad;
  y += small * 1.4;
  for (const item of figure.legend) {
    const w = icon + 5 + textWidth(item.label, small) + 14;
    if (x > pad && x + w > width - pad) { x = pad; y += small * 1.5; }
    parts.push(`<svg x="${x}" y="${(y - icon * 0.85).toFixed(1)}" width="${icon}" height="${icon}" viewBox="0 0 16 16" color="${COLORS['--ink']}">${concrete(legendIcon(item))}</svg>`);
    parts.push(`<text x="${x + icon + 5}" y="${y}" font-size="${small}" fill="${COLORS['--muted']}">${escapeXml(item.label)}</text>`);
    x += w;
  }
  y += 12;
  const footer = (sourceLines.length + creditLines.length + 1) * small * 1.4 + pad;
  const room = layout.height ? layout.height - y - footer : Infinity;
  const scale = Math.min(usable / chart.width, room / chart.height);
  const chartW = chart.width * scale;
  const chartH = chart.height * scale;
  parts.push(`<svg x="${pad}" y="${y}" width="${chartW.toFixed(1)}" height="${chartH.toFixed(1)}" viewBox="0 0 ${chart.width} ${chart.height}" font-size="12" fill="${COLORS['--ink']}" text-anchor="middle">${chart.inner}</svg>`);
  y += chartH + 8;
  for (const l of sourceLines) {
    y += small * 1.4;
    parts.push(`<text x="${pad}" y="${y}" font-size="${small}" fill="${COLORS['--muted']}">${escapeXml(l)}</text>`);
  }
  y += small * 1.5;
  parts.push(`<text x="${pad}" y="${y}" font-size="${small}" font-weight="bold">${escapeXml(text.siteName)}</text>`);
  parts.push(`<text x="${width - pad}" y="${y}" font-size="${small - 1}" text-anchor="end" fill="${COLORS['--muted']}">${escapeXml(text.url)}</text>`);
  for (const l of creditLines) {
    y += small * 1.4;
    parts.push(`<text x="${pad}" y="${y}" font-size="${small - 1}" fill="${COLORS['--muted']}">${escapeXml(l)}</text>`);
  }
  const height = layout.height ?? Math.ceil(y + pad);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT}" fill="${COLORS['--ink']}" color="${COLORS['--ink']}">`,
    `<title>${escapeXml(figure.title)}</title>`,
    `<desc>${escapeXml(figure.summary)}</desc>`,
    `<style>.value-label{font-weight:bold}.target-label,.row-label{fill:${COLORS['--muted']}}</style>`,
    `<rect width="100%" height="100%" fill="${COLORS['--bg']}"/>`,
    ...parts,
    '</svg>',
  ].join('');
}

/** The downloadable SVG, at the width it is displayed on the site. */
export function exportSvg(figure: Figure, text: ExportText): string {
  return compose(figure, text, { width: EXPORT_WIDTH, titleSize: 18, pad: PAD });
}

/** The social image: 1200×630, the chart scaled to fit. */
export function socialSvg(figure: Figure, text: ExportText): string {
  return compose(figure, text, { width: 1200, height: 630, titleSize: 34, pad: 40 });
}

/**
 * The chart in a download is its widest drawing on the site (WIDTHS), the one the
 * browser test measures for clipped and colliding text; the image adds its padding.
 * PNGs are twice the image's width.
 */
export const EXPORT_CHART_WIDTH = Math.max(...WIDTHS);
const PAD = 16;
export const EXPORT_WIDTH = EXPORT_CHART_WIDTH + 2 * PAD;
