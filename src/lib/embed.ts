/**
 * The embed code a journalist pastes: an iframe that looks right on its own (title,
 * lazy loading, a sensible height, full width, no border), and an optional script
 * that resizes it to its content. Text is escaped for an HTML attribute.
 */
export const RESIZE_MESSAGE = 'hanoi-targets:height';

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet(o: { src: string; title: string; height: number; script?: string }): string {
  const iframe = `<iframe src="${attr(o.src)}" title="${attr(o.title)}" loading="lazy" width="100%" height="${o.height}" style="width:100%;min-width:280px;border:0" data-hanoi-targets></iframe>`;
  return o.script ? `${iframe}\n<script src="${attr(o.script)}" async></script>` : iframe;
}

/** A default iframe height: the chart at the narrowest common width plus its words around it. */
export function embedHeight(plotHeight: number, summary: string, title: string): number {
  const lines = Math.ceil(summary.length / 45) + Math.ceil(title.length / 35);
  return Math.round(plotHeight + 110 + lines * 22);
}
