/**
 * Numbers in two forms.
 *
 * In the CSVs a number is written in "machine form" (`10183`, `108.7`), which every
 * program and every reader parses the same way. In the sources it is printed the
 * Vietnamese way (`10.183`, `108,7`). A CSV value that looks printed, such as `9.729`,
 * means 9729 to a Vietnamese reader and 9.729 to an English one: it is rejected with
 * a fix, never guessed.
 */
import type { Problem } from './problem.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const MACHINE = /^-?\d+(\.\d+)?$/;
const DOT_GROUPS = /^-?\d{1,3}(\.\d{3})+$/;
const COMMA_GROUPS = /^-?\d{1,3}(,\d{3})+$/;
const VI_DECIMAL = /^-?\d{1,3}(\.\d{3})*,\d+$|^-?\d+,\d+$/;

export function parseMachineNumber(raw: string): Parsed<number> {
  const s = raw.trim();
  if (MACHINE.test(s) && !DOT_GROUPS.test(s)) return { ok: true, value: Number(s) };
  return { ok: false, problem: explain(s) };
}

function explain(s: string): Problem {
  if (/\s/.test(s)) {
    const joined = s.replace(/\s+/g, '');
    return {
      vi: `có khoảng trắng trong số; viết liền, ví dụ ${joined}`,
      en: `the number contains spaces; write it without them, e.g. ${joined}`,
    };
  }
  if (s.endsWith('%')) {
    const bare = s.slice(0, -1).trim();
    return {
      vi: `bỏ dấu %; viết số thuần, ví dụ ${toMachineHint(bare)}`,
      en: `drop the % sign; write the bare number, e.g. ${toMachineHint(bare)}`,
    };
  }
  if (DOT_GROUPS.test(s)) {
    const digits = s.replace(/\./g, '');
    return {
      vi: `dấu chấm ở đây có thể là dấu phân cách hàng nghìn (kiểu Việt Nam) hoặc dấu thập phân (kiểu Anh); nếu là ${Number(digits).toLocaleString('vi-VN')} thì viết ${digits}, không dùng dấu phân cách hàng nghìn`,
      en: `the dot could group thousands (Vietnamese style) or mark decimals (English style); for ${Number(digits).toLocaleString('en-GB')} write ${digits}, with no thousands separator`,
    };
  }
  if (COMMA_GROUPS.test(s)) {
    const digits = s.replace(/,/g, '');
    const decimal = s.replace(',', '.');
    return {
      vi: `dấu phẩy có thể là dấu thập phân (kiểu Việt Nam) hoặc dấu phân cách hàng nghìn (kiểu Anh); viết ${digits} nếu là số nguyên, hoặc ${decimal}0 nếu là số thập phân`,
      en: `the comma could mark decimals (Vietnamese style) or group thousands (English style); write ${digits} for the whole number, or ${decimal}0 for the decimal`,
    };
  }
  if (VI_DECIMAL.test(s)) {
    const fixed = s.replace(/\./g, '').replace(',', '.');
    return {
      vi: `dùng dấu chấm cho phần thập phân và không phân cách hàng nghìn: viết ${fixed}`,
      en: `use a point for decimals and no thousands separator: write ${fixed}`,
    };
  }
  return {
    vi: 'không phải là số; viết số thuần như 10183 hoặc 108.7',
    en: 'not a number; write a plain number such as 10183 or 108.7',
  };
}

function toMachineHint(s: string): string {
  const parsed = parseMachineNumber(s);
  if (parsed.ok) return String(parsed.value);
  return VI_DECIMAL.test(s) || DOT_GROUPS.test(s) ? String(parsePrinted(s)) : s;
}

/** A number token as printed in the Vietnamese sources: `.` groups thousands, `,` marks decimals. */
export function parsePrinted(token: string): number {
  return Number(token.replace(/\./g, '').replace(',', '.'));
}

/** Every number token printed in a text, in order. */
export function printedTokens(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}
