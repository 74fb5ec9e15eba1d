/**
 * Reading a CSV the way a spreadsheet saved it: UTF-8 with or without a BOM, CRLF or
 * LF line ends, blank rows anywhere. Each record keeps the row number the spreadsheet
 * shows (header = row 1), so that errors point where the editor will look.
 */
import Papa from 'papaparse';
import type { DataProblem } from './problem.ts';

export interface CsvRecord {
  row: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export function parseCsv(
  text: string,
  file: string,
  columns: { required: readonly string[]; optional: readonly string[] },
): { table?: CsvTable; problems: DataProblem[] } {
  // One kind of line end: a file saved with CRLF and then appended to with LF (or the
  // other way round) is still one table to the editor.
  const body = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, newline: '\n' });
  const problems: DataProblem[] = [];
  for (const e of parsed.errors) {
    // Papa's row index counts records from 0; the spreadsheet counts rows from 1.
    const row = e.row === undefined ? undefined : e.row + 1;
    problems.push({
      file,
      row,
      vi: `không đọc được dòng CSV (${e.message}); kiểm tra dấu ngoặc kép`,
      en: `cannot read this CSV row (${e.message}); check the double quotes`,
    });
  }
  const [first, ...rest] = parsed.data;
  const header = (first ?? []).map((h) => h.trim());
  const known = new Set([...columns.required, ...columns.optional]);
  // Optional values may be empty, but no column may vanish: a deleted `qualifier`
  // column would silently turn "trên 10.100" into exactly 10.100.
  for (const c of columns.required) {
    if (!header.includes(c)) {
      problems.push({
        file, row: 1, column: c,
        vi: `thiếu cột "${c}" ở dòng tiêu đề`,
        en: `the header row has no "${c}" column`,
      });
    }
  }
  for (const c of columns.optional) {
    if (!header.includes(c)) {
      problems.push({
        file, row: 1, column: c,
        vi: `thiếu cột "${c}" ở dòng tiêu đề; giá trị của cột này có thể để trống nhưng không được xóa cột: thêm lại cột "${c}"`,
        en: `the header row has no "${c}" column; its values may be empty, but the column must not be deleted: add the "${c}" column back`,
      });
    }
  }
  header.forEach((h, i) => {
    if (h === '' && isBlankColumn(rest, i)) return;
    if (!known.has(h)) {
      problems.push({
        file, row: 1, column: h,
        vi: `cột lạ "${h}"; các cột hợp lệ: ${[...known].join(', ')}`,
        en: `unknown column "${h}"; valid columns: ${[...known].join(', ')}`,
      });
    }
    if (header.indexOf(h) !== i) {
      problems.push({ file, row: 1, column: h, vi: `cột "${h}" bị lặp`, en: `column "${h}" appears twice` });
    }
  });
  const records: CsvRecord[] = [];
  rest.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length > header.length) {
      problems.push({
        file, row,
        vi: `dòng có ${cells.length} ô nhưng tiêu đề chỉ có ${header.length} cột; có thể thiếu dấu ngoặc kép quanh một giá trị chứa dấu phẩy`,
        en: `the row has ${cells.length} cells but the header has ${header.length} columns; a value containing a comma may lack its double quotes`,
      });
      return;
    }
    const record: Record<string, string> = {};
    header.forEach((h, j) => {
      if (h !== '') record[h] = cells[j] ?? '';
    });
    records.push({ row, cells: record });
  });
  return { table: { header, records }, problems };
}

/** Spreadsheets sometimes save trailing empty columns; they carry nothing. */
function isBlankColumn(rows: string[][], i: number): boolean {
  return rows.every((r) => (r[i] ?? '').trim() === '');
}
