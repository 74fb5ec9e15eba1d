/**
 * Turns Plot options into an SVG string at build time, with a server-side document,
 * and makes the markup accessible and light:
 * - Plot's `aria-label` on role-less `<g>` elements is prohibited ARIA; axes become
 *   `aria-hidden` (tick marks mean nothing read aloud; the data table carries the values);
 * - each mark that links to its quote carries its own label on the `<a>`;
 * - each such mark gets a tooltip drawn in the SVG, shown on hover and keyboard focus by
 *   CSS alone, so it works without JavaScript;
 * - Plot's per-chart `<style>` and random class go: the site stylesheet styles charts.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { textWidth, wrapText } from './measure.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

export interface RenderOptions {
  /** id of the element that names the chart (its title) */
  labelledBy: string;
  /** id of the element that describes it (its text summary) */
  describedBy: string;
  /** a class besides "chart", e.g. the width it was drawn at */
  className?: string;
}

/** Tip lines travel through Plot's `title` channel, one line per "\n". */
const TIP_SIZE = 12;
const TIP_LINE = 16;
const TIP_PAD = 6;

export function renderSvg(options: Plot.PlotOptions, a11y: RenderOptions): string {
  const svg = Plot.plot({ ...options, document } as Plot.PlotOptions & { document: Document }) as unknown as SVGSVGElement;
  const width = Number(svg.getAttribute('width'));
  let height = Number(svg.getAttribute('height'));
  svg.querySelector('style')?.remove();
  svg.removeAttribute('class');
  svg.setAttribute('class', a11y.className ? `chart ${a11y.className}` : 'chart');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-labelledby', a11y.labelledBy);
  svg.setAttribute('aria-describedby', a11y.describedBy);
  svg.removeAttribute('font-family');
  svg.removeAttribute('font-size');
  // SVG's font-variant attribute takes CSS2 values only: Plot's "tabular-nums" on axes is
  // invalid markup. The stylesheet sets font-variant-numeric on chart text instead.
  for (const el of [...svg.querySelectorAll('[font-variant]')]) el.removeAttribute('font-variant');

  for (const g of [...svg.querySelectorAll('g[aria-label]')]) {
    const label = g.getAttribute('aria-label') ?? '';
    g.removeAttribute('aria-label');
    if (/axis|grid|frame|rule|area|rect|text|tip/.test(label) || !g.querySelector('a')) g.setAttribute('aria-hidden', 'true');
  }
  // a chart shorter than its tallest tooltip grows to hold it (a one-bar chart with a five-line tip)
  const tallest = Math.max(0, ...[...svg.querySelectorAll('a')].map((a) => tipHeight(tipLines(a.firstElementChild?.querySelector('title')?.textContent ?? '', width))));
  if (tallest + 4 > height) {
    height = tallest + 4;
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  }
  for (const a of [...svg.querySelectorAll('a')]) {
    const mark = a.firstElementChild;
    const title = mark?.querySelector('title');
    const lines = (title?.textContent ?? '').split('\n').filter(Boolean);
    title?.remove();
    const label = mark?.getAttribute('aria-label');
    mark?.removeAttribute('aria-label');
    a.setAttribute('aria-label', label ?? lines.join(', '));
    a.removeAttribute('fill');
    if (mark && lines.length > 0) a.appendChild(tip(mark, lines, width, height));
  }
  // linked marks last, so that a tooltip is drawn over every label and mark
  for (const g of [...svg.children]) if (g.querySelector('a')) svg.appendChild(g);
  return roundGeometry(escapeAttributes(svg.outerHTML));
}

/**
 * Plot writes coordinates to 15 decimals; a tenth of a pixel is finer than any screen
 * shows, and the page carries each chart at four widths, so geometry is rounded to
 * one decimal. Only geometry attributes: text such as "10.183" is left alone.
 */
export function roundGeometry(markup: string): string {
  return markup.replace(/ (d|transform|x|y|x1|x2|y1|y2|cx|cy|r|width|height|viewBox)="([^"]*)"/g, (_, name: string, v: string) =>
    ` ${name}="${v.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`);
}

/**
 * linkedom escapes text, and only the double quote in attribute values: a label with
 * "<" or "&" would make the SVG invalid XML (and unsafe to process with regular
 * expressions). Escape them too; "&quot;" and other entities already there stay.
 */
export function escapeAttributes(markup: string): string {
  return markup.replace(/="([^"]*)"/g, (_, v: string) =>
    `="${v.replace(/&(?!(amp|lt|gt|quot|#\d+|#x[\da-f]+);)/gi, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
}

function num(el: Element, name: string): number {
  return Number(el.getAttribute(name) ?? 0);
}

/** The anchor point of a mark: top-centre of a bar, centre of a dot. */
function anchor(mark: Element): [number, number] {
  if (mark.tagName.toLowerCase() === 'rect') return [num(mark, 'x') + num(mark, 'width') / 2, num(mark, 'y')];
  if (mark.tagName.toLowerCase() === 'circle') return [num(mark, 'cx'), num(mark, 'cy') - num(mark, 'r')];
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(mark.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2]) - 5] : [0, 0];
}

/**
 * The tooltip of a mark, kept inside the chart: lines wrapped to its width, the box
 * above the mark when there is room, else below, and never past an edge. Its text is
 * anchored at the start, whatever the SVG around it says.
 */
function tipLines(text: string, chartWidth: number): { text: string; bold: boolean }[] {
  const room = chartWidth - 2 * TIP_PAD - 4;
  return text.split('\n').filter(Boolean).flatMap((l, i) => wrapText(l, room, TIP_SIZE, Infinity, i === 0).map((t) => ({ text: t, bold: i === 0 })));
}

function tipHeight(lines: unknown[]): number {
  return lines.length * TIP_LINE + 8;
}

function tip(mark: Element, raw: string[], chartWidth: number, chartHeight: number): Element {
  const [ax, ay] = anchor(mark);
  const lines = tipLines(raw.join('\n'), chartWidth);
  const w = Math.min(chartWidth - 4, Math.ceil(Math.max(...lines.map((l) => textWidth(l.text, TIP_SIZE, l.bold)))) + 2 * TIP_PAD);
  const h = tipHeight(lines);
  const x = Math.round(Math.min(Math.max(ax - w / 2, 2), chartWidth - w - 2));
  const above = ay - h - 6;
  const y = Math.round(above >= 2 ? above : Math.max(2, Math.min(ay + 16, chartHeight - h - 2)));
  const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  g.setAttribute('class', 'tip');
  g.setAttribute('aria-hidden', 'true');
  g.setAttribute('text-anchor', 'start');
  g.setAttribute('font-size', String(TIP_SIZE));
  g.setAttribute('transform', `translate(${x},${y})`);
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  rect.setAttribute('width', String(w));
  rect.setAttribute('height', String(h));
  rect.setAttribute('rx', '3');
  g.appendChild(rect);
  lines.forEach((line, i) => {
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.setAttribute('x', String(TIP_PAD));
    text.setAttribute('y', String(16 + i * TIP_LINE));
    if (line.bold) text.setAttribute('font-weight', 'bold');
    text.textContent = line.text;
    g.appendChild(text);
  });
  return g;
}
