/**
 * The `printed` column of observations.csv: the value exactly as the quote prints it
 * (`9.729`, `108,7`, `02`, or a number word such as `một`). It ties each row to one
 * number of its quote, so that a value swapped with another row's, or with the row's
 * own stated percent, no longer matches what stands beside it.
 *
 * `printed` always names the value, never the total or the stated percent: those are
 * checked against the quote on their own, and a printed number equal to one of them
 * is the sign of a swap.
 */
import { parsePrinted, printedTokens } from './number.ts';

/**
 * The number words a `printed` cell may hold: the counts one to ten as the sources
 * write them. "năm" is one of them, but it mostly means "year", so `npm run
 * fill:printed` never picks it: an editor writes it.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
};

/** Words that, right before a number, make it approximate: the row needs a qualifier. */
export const QUALIFIER_WORDS: Readonly<Record<string, string>> = {
  'trên': 'over', 'hơn': 'over', 'gần': 'nearly', 'khoảng': 'about', 'dưới': 'under', 'tối thiểu': 'at-least',
};

/** The number a `printed` cell stands for: `9.729` → 9729, `108,7` → 108.7, `một` → 1; undefined if neither. */
export function printedValue(printed: string): number | undefined {
  const s = printed.trim();
  if (/^\d+(?:[.,]\d+)*$/.test(s)) return parsePrinted(s);
  return NUMBER_WORDS[s.toLowerCase()];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where `printed` stands in the quote as a whole number or word (not inside 100 or 10.512); empty if nowhere. */
export function printedAt(quote: string, printed: string): number[] {
  const digits = /^\d/.test(printed);
  const edge = digits ? '(?<!\\d)(?<!\\d[.,])' : '(?<!\\p{L})';
  const tail = digits ? '(?!\\d)(?![.,]\\d)' : '(?!\\p{L})';
  const re = new RegExp(`${edge}${escape(printed)}${tail}`, 'giu');
  return [...quote.matchAll(re)].map((m) => m.index);
}

/** The qualifier word (trên, gần…) standing right before position `at` of the quote, if any. */
export function qualifierBefore(quote: string, at: number): string | undefined {
  const before = quote.slice(0, at).toLowerCase().replace(/\s+$/, '');
  return Object.keys(QUALIFIER_WORDS).find((w) => new RegExp(`(^|[^\\p{L}])${w}$`, 'u').test(before));
}

export interface PrintedRow {
  value: number;
  quote: string;
  qualifier?: string;
  total?: number;
  stated_percent?: number;
}

/**
 * The printed form of a row's value, when the quote leaves no doubt: the one printed
 * form (token or number word) that parses to the value. When several do, the row's
 * own context decides: the qualifier word before it, the `x` of `x/y`, a number that
 * is not followed by % when the value is not the percentage. Otherwise the candidates,
 * for an editor to choose from.
 */
export function findPrinted(r: PrintedRow): { printed?: string; candidates: string[] } {
  let candidates = [...new Set(printedTokens(r.quote).filter((t) => parsePrinted(t) === r.value))];
  if (candidates.length === 0) {
    candidates = [...new Set((r.quote.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => NUMBER_WORDS[w] === r.value))]
      .filter((w) => w !== 'năm');
  }
  if (candidates.length <= 1) return { printed: candidates[0], candidates };
  const narrowed = candidates.filter((t) => printedAt(r.quote, t).some((at) => {
    const after = r.quote.slice(at + t.length);
    const qualifier = qualifierBefore(r.quote, at);
    if (r.qualifier && (!qualifier || QUALIFIER_WORDS[qualifier] !== r.qualifier)) return false;
    if (r.stated_percent !== r.value && /^\s*%/.test(after)) return false;
    if (r.total !== undefined && !/^\s*\//.test(after)) return false;
    return true;
  }));
  return narrowed.length === 1 ? { printed: narrowed[0], candidates } : { candidates };
}
