/**
 * The embed code a journalist pastes: an iframe that looks finished on its own, with
 * no inline style (a strict host CSP strips it) and a height that fits the content at
 * the reference width, plus an optional script that resizes it to its content.
 */
export const RESIZE_MESSAGE = 'hanoi-targets:height';
/** The host's request for the height again (a resizer that loads after the frame). */
export const ASK_MESSAGE = 'hanoi-targets:ask';
/** The attribute that marks a frame as ours: the resizer touches no other. */
export const FRAME_MARK = 'data-hanoi-targets';
/** The article column the default height is computed for, in CSS pixels. */
export const REFERENCE_WIDTH = 640;

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet(o: { src: string; title: string; height: number; script?: string }): string {
  // frameborder is the one way to drop the frame's border without a style attribute
  const iframe = `<iframe src="${attr(o.src)}" title="${attr(o.title)}" loading="lazy" width="100%" height="${o.height}" frameborder="0" ${FRAME_MARK}></iframe>`;
  return o.script ? `${iframe}\n<script src="${attr(o.script)}" async></script>` : iframe;
}

/**
 * Every link of an embed opens the site in a new tab: the site's pages refuse to be
 * framed, so a link followed inside the frame would show the host an error.
 */
export function linksOpenOutside(html: string): string {
  return html.replace(/<a(?![^>]*\starget=)(\s[^>]*)?>/g, (_, rest: string | undefined) => `<a${rest ?? ''} target="_blank" rel="noopener">`);
}

export interface EmbedLayout {
  /** the height of the chart the page shows in a column this wide (the drawing that fits, scaled) */
  chartHeight: (contentWidth: number) => number;
  title: string;
  takeaway: string;
  subtitle: string;
  /** the key's labels, set one after another */
  legend: string[];
  /** every line of text under the chart, as printed */
  footer: string[];
}

/**
 * The default iframe height: the page in an article column of REFERENCE_WIDTH, so that
 * without the script the source line is not cut there. It is the chart shown at that
 * width plus every line of text around it, counted with a generous character width (a
 * browser test measures every embed). A phone's column draws the chart narrower and
 * taller; there the script fits the frame (and without it the frame scrolls).
 */
export function embedHeight(l: EmbedLayout): number {
  return heightAt(l, REFERENCE_WIDTH);
}

function heightAt(l: EmbedLayout, width: number): number {
  const content = width - 16;
  const chart = l.chartHeight(content);
  // average glyph width per font size, on the wide side for Vietnamese diacritics; and
  // a narrow column loses more of each line to wrapping
  const usable = content * (width < 480 ? 0.9 : 1);
  const lines = (text: string, px: number) => Math.max(1, Math.ceil((text.length * px * 0.56) / usable));
  const title = lines(l.title, 18.4) * 18.4 * 1.4;
  const takeaway = l.takeaway ? lines(l.takeaway, 15.2) * 15.2 * 1.5 + 0.8 * 16 : 0;
  const subtitle = lines(l.subtitle, 14.4) * 14.4 * 1.5 + 0.7 * 16;
  // the key wraps like text, each item its icon and a gap wider
  const legend = l.legend.length ? lines(l.legend.map((x) => `${x}      `).join(''), 13.6) * 13.6 * 1.6 + 0.6 * 16 : 0;
  const table = 1.5 * 13.5 + 2 * 0.4 * 16;
  const footer = l.footer.reduce((h, text) => h + lines(text, 12.75) * 12.75 * 1.5 + 0.4 * 12.75, 0);
  // and a margin for fonts that set wider than the test machine's
  return Math.ceil(16 + title + takeaway + subtitle + legend + chart + 6 + table + footer + 36);
}
