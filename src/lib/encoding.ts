/**
 * What a spreadsheet can do to a CSV on the way: save it as UTF-16 ("Unicode Text"),
 * in the Windows code pages (1258 for Vietnamese, 1252 for Western), replace the
 * letters it could not save with `?` or `�`, turn ids into dates. Each has one fix,
 * said the same way every time: save as CSV UTF-8.
 */
import type { DataProblem, Problem } from './problem.ts';

export const SAVE_AS_UTF8: Problem = {
  vi: 'mở tệp gốc bằng bảng tính và lưu lại: Tệp › Lưu thành › "CSV UTF-8 (Comma delimited)"',
  en: 'open the original in the spreadsheet and save it again: File › Save As › "CSV UTF-8 (Comma delimited)"',
};

/** The text of a CSV file, or the problem that makes it unreadable as UTF-8. */
export function decodeCsv(bytes: Uint8Array, file: string): { text: string; problem?: DataProblem } {
  const head = bytes.subarray(0, 2000);
  const nuls = head.filter((b) => b === 0).length;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || nuls > head.length / 10) {
    return { text: '', problem: { file,
      vi: `tệp được lưu dạng UTF-16 ("Unicode Text"), không phải CSV UTF-8; ${SAVE_AS_UTF8.vi}`,
      en: `the file is saved as UTF-16 ("Unicode Text"), not CSV UTF-8; ${SAVE_AS_UTF8.en}` } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Where the first bad byte is, in the row a spreadsheet shows, to show it is this file.
    const at = firstInvalid(bytes);
    const row = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    return { text: '', problem: { file, row,
      vi: `tệp không phải UTF-8 (có lẽ lưu theo bảng mã Windows-1258 hoặc Windows-1252), chữ tiếng Việt sẽ bị hỏng; ${SAVE_AS_UTF8.vi}`,
      en: `the file is not UTF-8 (probably saved as Windows-1258 or Windows-1252), so its Vietnamese letters would be garbled; ${SAVE_AS_UTF8.en}` } };
  }
}

function firstInvalid(bytes: Uint8Array): number {
  const d = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by halving: the file decodes up to lo and fails at hi.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      d.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** A cell whose letters were lost in an encoding: `�`, or `?` between letters (Chu?o?ng). */
export function lostLetters(cell: string): boolean {
  return cell.includes('\uFFFD') || /\p{L}\?+\p{L}/u.test(cell);
}

export function lostLettersProblem(file: string, row: number, column: string, value: string, more: number): DataProblem {
  const others = more > 0 ? { vi: ` (và ${more} ô khác)`, en: ` (and ${more} other cells)` } : { vi: '', en: '' };
  return { file, row, column, value,
    vi: `chữ bị mất khi lưu (� hoặc ? thay cho chữ có dấu)${others.vi}: tệp đã qua một bảng mã khác UTF-8; ${SAVE_AS_UTF8.vi}`,
    en: `letters were lost in saving (� or ? in place of accented letters)${others.en}: the file went through an encoding other than UTF-8; ${SAVE_AS_UTF8.en}` };
}

/** A date or period a spreadsheet rewrote in its own format (17/03/2021, 3/17/2021, Mar-23). */
export function excelDate(value: string): boolean {
  return /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(value) || /^[A-Za-z]{3}-\d{2,4}$/.test(value) || /^\d{1,2}-[A-Za-z]{3}(-\d{2,4})?$/.test(value);
}

export const EXCEL_DATE: Problem = {
  vi: 'nếu bảng tính đã tự đổi ô này sang kiểu ngày của nó: định dạng cột là văn bản (Text), ghi lại giá trị và lưu dạng CSV UTF-8',
  en: 'if a spreadsheet rewrote this cell as a date in its own format: format the column as Text, write the value again and save as CSV UTF-8',
};
