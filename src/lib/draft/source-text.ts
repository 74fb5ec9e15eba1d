/**
 * A saved article or report as a source text: one paragraph per line, footnotes as
 * lines of their own opening with their superscript mark (¹, ²…), table rows as
 * tab-separated cells, Unicode NFC so that quotes typed or copied later match
 * character for character. HTML goes through html-to-text.
 */
import { convert, type FormatCallback, type DomNode } from 'html-to-text';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function textOf(nodes: DomNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? (n as unknown as { data: string }).data : textOf(n.children ?? []))).join('');
}

/** "1", "[1]", "(12)" → "¹", "¹²"; other text as it is. */
export function superscript(mark: string): string {
  const bare = mark.trim().replace(/^[[(]\s*(\d+)\s*[\])]$/, '$1');
  return /^\d+$/.test(bare) ? [...bare].map((d) => SUPERSCRIPT[Number(d)]).join('') : mark;
}

const formatters: Record<string, FormatCallback> = {
  superscript: (elem, _walk, builder) => builder.addInline(superscript(textOf(elem.children ?? []))),
  tableRow: (elem, walk, builder) => {
    builder.openBlock({ leadingLineBreaks: 1 });
    const cells = (elem.children ?? []).filter((c) => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
    cells.forEach((cell, i) => {
      if (i > 0) builder.addLiteral('\t');
      walk(cell.children ?? [], builder);
    });
    builder.closeBlock({ trailingLineBreaks: 1 });
  },
};

/** An ordered list; footnotes kept as one (Markdown and many CMSs) become lines opening with their mark. */
const orderedList: FormatCallback = (elem, walk, builder) => {
  const inFootnotes = (n: DomNode | undefined): boolean =>
    !!n && (/\bfootnotes?\b/.test(n.attribs?.class ?? '') || n.attribs?.role === 'doc-endnotes' || inFootnotes(n.parent));
  const notes = inFootnotes(elem);
  const start = Number(elem.attribs?.start ?? 1);
  (elem.children ?? []).filter((c) => c.type === 'tag' && c.name === 'li').forEach((li, i) => {
    builder.openBlock({ leadingLineBreaks: 1 });
    builder.addInline(notes ? `${superscript(String(start + i))} ` : `${start + i}. `);
    // the item's paragraphs join its line: a footnote is one line
    walk((li.children ?? []).flatMap((c) => (c.type === 'tag' && c.name === 'p' ? c.children ?? [] : [c])), builder);
    builder.closeBlock({ trailingLineBreaks: 1 });
  });
};
formatters.orderedList = orderedList;

const FOOTNOTE_LINKS = ['a[href^="#_ftn"]', 'a[href^="#_edn"]', 'a[href^="#fn"]', 'a.footnote-ref', 'a.footnote-backref'];

export function htmlToLines(html: string): string[] {
  const text = convert(html, {
    wordwrap: false,
    formatters,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      ...FOOTNOTE_LINKS.map((selector) => ({ selector, format: 'superscript' })),
      { selector: 'sup', format: 'superscript' },
      { selector: 'ol', format: 'orderedList' },
      { selector: 'img', format: 'skip' },
      ...['nav', 'header', 'footer', 'script', 'style', 'form', 'aside', 'noscript', 'iframe', 'button'].map((selector) => ({ selector, format: 'skip' })),
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false, leadingLineBreaks: 1, trailingLineBreaks: 1 } })),
      ...['p', 'div', 'blockquote', 'figcaption'].map((selector) => ({ selector, format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } })),
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'tableRow' },
      { selector: 'ul', options: { itemPrefix: '- ' } },
    ],
  });
  return tidy(text.split('\n'));
}

/**
 * Plain text: paragraphs are the lines, unless the text separates paragraphs with
 * blank lines, in which case lines within a paragraph were wrapped and are joined.
 */
export function plainToLines(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const wrapped = /\n[ \t]*\n/.test(body) && body.split('\n').filter((l) => l.trim() !== '').length > body.split(/\n[ \t]*\n/).length;
  const paragraphs = wrapped ? body.split(/\n[ \t]*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ')) : body.split('\n');
  return tidy(paragraphs);
}

function tidy(lines: string[]): string[] {
  return lines
    .map((l) => l.normalize('NFC').replace(/[^\S\t]+/g, ' ').replace(/ *\t */g, '\t').trim()
      // a footnote mark sits on the word it annotates, as in the existing sources: "đơn vị⁷;"
      .replace(/(?<=\S) +([¹²³⁰⁴-⁹]+)(?=[\s,.;:)]|$)/gu, '$1'))
    .filter((l) => l !== '');
}

export function looksLikeHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html|<body|<div|<p[\s>])/i.test(text);
}

/** The title an HTML page gives itself: a hint for the editor, never written for them. */
export function htmlTitle(html: string): string | undefined {
  const m = /<h1[^>]*>([\s\S]*?)<\/h1>|<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const raw = m?.[1] ?? m?.[2];
  return raw ? convert(raw, { wordwrap: false }).replace(/\s+/g, ' ').trim().normalize('NFC') : undefined;
}
