/**
 * The shortest verbatim stretch of a line a reader needs to see what a number is:
 * its clause, widened to the neighbouring clause while too short to say what is
 * counted, and cut to the 200 characters a quote may hold. Verbatim by construction:
 * always a slice of the line.
 */
import { clauseOf, sentenceOf } from './clause.ts';
import type { Occurrence } from './occurrence.ts';

const MIN = 40;
const MAX = 200;

export function quoteOf(line: string, o: Occurrence, alsoEnd = o.end): string {
  const [s0, s1] = sentenceOf(line, o);
  let [c0, c1] = clauseOf(line, o);
  c1 = Math.max(c1, Math.min(s1, alsoEnd));
  // Widen by whole clauses, earlier first (the verb and subject come before the number).
  while (c1 - c0 < MIN && (c0 > s0 || c1 < s1)) {
    if (c0 > s0) c0 = Math.max(s0, line.lastIndexOf(',', c0 - 2) + 1);
    else c1 = Math.min(s1, (line.indexOf(',', c1 + 1) + 1 || s1 + 1) - 1);
  }
  let q = line.slice(c0, c1);
  let lead = q.length - q.trimStart().length;
  if (q.length > MAX) {
    // Keep the number and as much as fits around it, on word boundaries.
    const rel = o.start - c0;
    let a = Math.max(0, rel - 80);
    let b = Math.min(q.length, a + MAX);
    a = Math.max(0, b - MAX);
    if (a > 0) a = q.indexOf(' ', a) + 1;
    if (b < q.length) b = q.lastIndexOf(' ', b);
    q = q.slice(a, b);
    lead = 0;
  }
  return q.slice(lead).replace(/^[-+*•\s]+/, '').replace(/[\s,;:(*]+$/, '').trimEnd() || line.slice(o.start, o.end);
}
