/**
 * Where a number stands on a source line. The project's tokeniser (number.ts) says
 * which numbers a line prints; a draft also needs where each one is, to read the
 * words around it. Tokens are located in order, so a number printed twice keeps the
 * place of each printing.
 */
import { parsePrinted, printedTokens } from '../number.ts';

export interface Occurrence {
  /** as printed: `10.183`, `108,7` */
  printed: string;
  value: number;
  start: number;
  end: number;
}

export function occurrences(line: string): Occurrence[] {
  const out: Occurrence[] = [];
  let from = 0;
  for (const printed of printedTokens(line)) {
    // The tokeniser reads maximal runs, so the next match at or after `from` that is not
    // glued to more digits is this token.
    let start = line.indexOf(printed, from);
    while (start >= 0 && (/\d/.test(line[start - 1] ?? '') || /\d/.test(line[start + printed.length] ?? ''))) {
      start = line.indexOf(printed, start + 1);
    }
    if (start < 0) continue;
    out.push({ printed, value: parsePrinted(printed), start, end: start + printed.length });
    from = start + printed.length;
  }
  return out;
}
