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
import type { DataProblem } from './problem.ts';
import type { Observation } from '../schemas/observations.ts';

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

const QUALIFIER_EN: Readonly<Record<string, string>> = {
  'trên': 'over', 'hơn': 'more than', 'gần': 'nearly', 'khoảng': 'about', 'dưới': 'under', 'tối thiểu': 'at least',
};

/**
 * The checks that tie an observation's value to its quote (run once the quote is known
 * to stand on its line): `printed` is filled, is a number or a number word, stands in
 * the quote, means the value, and carries the qualifier the quote puts before it.
 */
export function checkPrinted(o: Observation & { row: number }, file: string): DataProblem[] {
  const at = { file, row: o.row, column: 'printed', value: o.printed ?? '' };
  const vi = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 10 });
  const fill = 'npm run fill:printed';
  if (o.printed === undefined) {
    const { printed, candidates } = findPrinted(o);
    return [{ ...at,
      vi: printed !== undefined
        ? `ô printed trống; trích dẫn in giá trị này là "${printed}": ghi đúng như vậy (${fill} điền giúp)`
        : `ô printed trống; ghi giá trị đúng như trích dẫn in nó (${candidates.length > 1 ? `trích dẫn có ${candidates.join(', ')}: chọn một` : `trích dẫn không in ${vi(o.value)}: kiểm tra value`})`,
      en: printed !== undefined
        ? `printed is empty; the quote prints this value as "${printed}": write exactly that (${fill} fills it in)`
        : `printed is empty; write the value exactly as the quote prints it (${candidates.length > 1 ? `the quote has ${candidates.join(', ')}: pick one` : `the quote does not print ${vi(o.value)}: check the value`})` }];
  }
  const means = printedValue(o.printed);
  if (means === undefined) {
    return [{ ...at,
      vi: `"${o.printed}" không phải là số như in (9.729, 108,7, 02) hay chữ số đếm (${Object.keys(NUMBER_WORDS).join(', ')}); ghi con số mà trích dẫn in cho value`,
      en: `"${o.printed}" is neither a number as printed (9.729, 108,7, 02) nor a number word (${Object.keys(NUMBER_WORDS).join(', ')}); write the number the quote prints for the value` }];
  }
  const where = printedAt(o.quote, o.printed);
  if (where.length === 0) {
    const padded = printedTokens(o.quote).find((t) => /^0\d/.test(t) && t.replace(/^0+/, '') === o.printed);
    return [{ ...at,
      vi: padded
        ? `trích dẫn in "${padded}", không phải "${o.printed}": bảng tính đã bỏ số 0 ở đầu; định dạng cột là văn bản (Text), ghi lại "${padded}" và lưu dạng CSV UTF-8`
        : `trích dẫn không in "${o.printed}" (là một số trọn vẹn hoặc một từ); các số trong trích dẫn: ${printedTokens(o.quote).join(', ') || 'không có'}`,
      en: padded
        ? `the quote prints "${padded}", not "${o.printed}": the spreadsheet dropped the leading zero; format the column as Text, write "${padded}" again and save as CSV UTF-8`
        : `the quote does not print "${o.printed}" (as a whole number or word); numbers in the quote: ${printedTokens(o.quote).join(', ') || 'none'}` }];
  }
  const out: DataProblem[] = [];
  if (means !== o.value) {
    const swapped = means === o.stated_percent ? 'stated_percent' : means === o.total ? 'total' : undefined;
    out.push({ file, row: o.row, column: 'value', value: String(o.value),
      vi: swapped
        ? `printed "${o.printed}" là ${vi(means)}, bằng cột ${swapped}, còn value là ${vi(o.value)}: có phải value và ${swapped} bị đổi chỗ?`
        : `printed "${o.printed}" là ${vi(means)} nhưng value là ${vi(o.value)}; có phải giá trị bị sửa? ghi value ${means}, hoặc sửa printed cho đúng con số trích dẫn in`,
      en: swapped
        ? `printed "${o.printed}" is ${means}, the ${swapped} column, while value is ${o.value}: were value and ${swapped} swapped?`
        : `printed "${o.printed}" means ${means} but value is ${o.value}; was the value changed? write value ${means}, or fix printed to the number the quote prints` });
  }
  const word = o.qualifier ? undefined : where.map((i) => qualifierBefore(o.quote, i)).find((w) => w !== undefined);
  if (word) {
    out.push({ file, row: o.row, column: 'qualifier', value: '',
      vi: `trích dẫn viết "${word} ${o.printed}" nhưng cột qualifier trống; ghi qualifier ${QUALIFIER_WORDS[word]}`,
      en: `the quote says "${word} ${o.printed}" (${QUALIFIER_EN[word]} ${o.printed}) but qualifier is empty; write qualifier ${QUALIFIER_WORDS[word]}` });
  }
  return out;
}
