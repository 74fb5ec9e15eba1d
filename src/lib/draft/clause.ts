/**
 * The clause a number stands in: the stretch of its line between the nearest
 * sentence or clause breaks. A quote, the words an indicator is matched on, and the
 * period all come from it, so a number is read with its own words and not its
 * neighbours'.
 */
import type { Occurrence } from './occurrence.ts';

/** Breaks between sentences or list items: `.`/`!`/`?` before a space (a dot inside a number is not one), `;`, a tab. */
const SENTENCE = /[.!?…](?=\s|$)|;|\t/g;
/** Breaks between clauses inside a sentence. */
const CLAUSE = /,(?=\s)|:|\(|\)/g;

function breaks(text: string, re: RegExp): number[] {
  return [...text.matchAll(re)].map((m) => m.index);
}

/** [start, end) of the sentence holding the number. */
export function sentenceOf(line: string, o: Occurrence): [number, number] {
  const b = breaks(line, SENTENCE);
  const start = Math.max(0, ...b.filter((i) => i < o.start).map((i) => i + 1));
  const end = Math.min(line.length, ...b.filter((i) => i >= o.end));
  return [start, end];
}

/** [start, end) of the clause holding the number, within its sentence. */
export function clauseOf(line: string, o: Occurrence): [number, number] {
  const [s0, s1] = sentenceOf(line, o);
  const b = breaks(line.slice(s0, s1), CLAUSE).map((i) => i + s0);
  const start = Math.max(s0, ...b.filter((i) => i < o.start).map((i) => i + 1));
  const end = Math.min(s1, ...b.filter((i) => i >= o.end));
  return [start, end];
}
