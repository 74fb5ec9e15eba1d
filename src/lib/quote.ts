/**
 * A quote split into plain and highlighted pieces, so a reader sees at once where
 * the cited number stands in the source's sentence.
 */
import { parsePrinted } from './number.ts';

export interface QuotePiece {
  text: string;
  mark: boolean;
}

export function highlight(quote: string, values: (number | undefined)[], words: (string | undefined)[] = []): QuotePiece[] {
  const wanted = new Set(values.filter((v): v is number => v !== undefined));
  const pieces: QuotePiece[] = [];
  const pattern = /\d+(?:[.,]\d+)*/g;
  let last = 0;
  for (const m of quote.matchAll(pattern)) {
    if (!wanted.has(parsePrinted(m[0]))) continue;
    if (m.index > last) pieces.push({ text: quote.slice(last, m.index), mark: false });
    pieces.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  pieces.push({ text: quote.slice(last), mark: false });
  for (const w of words.filter((x): x is string => !!x)) {
    const i = pieces.findIndex((p) => !p.mark && p.text.includes(w));
    if (i < 0) continue;
    const p = pieces[i]!;
    const j = p.text.indexOf(w);
    pieces.splice(i, 1, { text: p.text.slice(0, j), mark: false }, { text: w, mark: true }, { text: p.text.slice(j + w.length), mark: false });
  }
  return pieces.filter((p) => p.text !== '');
}
