/**
 * Spreadsheet downloads (.xlsx, written by exceljs): the rows of the CSV as typed
 * cells (numbers as numbers, dates as dates, yes/no as booleans), so that Excel and
 * LibreOffice in a Vietnamese locale, where "75.6" typed as text stays text, read them
 * as figures and show them with their own decimal mark. A second sheet carries the
 * citation: the site, the title, every source, the licence and the data's date.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { t } from '../i18n/index.ts';
import { COLUMN_TYPES, type Cell } from './csv-out.ts';
import type { Lang } from './format.ts';

export interface SheetCitation {
  title: string;
  url: string;
  /** each source in words */
  sources: string[];
  full: string;
  updated: string;
}

const DATE_FORMAT: Record<Lang, string> = { vi: 'dd/mm/yyyy', en: 'yyyy-mm-dd' };

/** An ISO date as the Date at midnight UTC, which exceljs stores as that very day. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function typed(column: string, v: Cell): ExcelJS.CellValue {
  if (v === undefined || v === '') return null;
  const type = COLUMN_TYPES[column];
  if (type === 'number') return Number(v);
  if (type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? day(String(v)) : String(v);
  if (type === 'boolean') return Boolean(v);
  return v;
}

export async function toXlsx(lang: Lang, rows: Record<string, Cell>[], columns: string[], cite: SheetCitation): Promise<Buffer> {
  const tr = t(lang);
  const book = new ExcelJS.Workbook();
  book.creator = tr('site.name');
  // the data's date, not the build's: two builds of one commit give the same file contents
  book.created = book.modified = day(cite.updated);
  book.title = cite.title;
  const data = book.addWorksheet(tr('xlsx.data'), { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = columns.map((c) => ({
    header: c, key: c,
    width: Math.min(40, Math.max(c.length + 2, 12)),
    style: COLUMN_TYPES[c] === 'date' ? { numFmt: DATE_FORMAT[lang] } : {},
  }));
  data.getRow(1).font = { bold: true };
  for (const r of rows) data.addRow(Object.fromEntries(columns.map((c) => [c, typed(c, r[c])])));
  const about = book.addWorksheet(tr('xlsx.citation'));
  about.getColumn(1).width = 24;
  about.getColumn(2).width = 100;
  const lines: [string, ExcelJS.CellValue][] = [
    [tr('xlsx.title'), cite.title],
    [tr('xlsx.site'), tr('site.name')],
    [tr('xlsx.url'), { text: cite.url, hyperlink: cite.url }],
    [tr('xlsx.licence'), { text: 'CC BY 4.0', hyperlink: 'https://creativecommons.org/licenses/by/4.0/' }],
    [tr('xlsx.updated'), day(cite.updated)],
    [tr('xlsx.citeAs'), cite.full],
    ...cite.sources.map((s, i) => [i === 0 ? tr('cite.sources') : '', s] as [string, ExcelJS.CellValue]),
  ];
  for (const [k, v] of lines) about.addRow([k, v]);
  about.getCell('B5').numFmt = DATE_FORMAT[lang];
  about.getColumn(1).font = { bold: true };
  // stored, not compressed: sameDates compresses each entry once, as it writes the final file
  return sameDates(Buffer.from(await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } })), day(cite.updated));
}

/**
 * The workbook's zip entries carry the time they were written; give them the data's date
 * instead, so that two builds of one commit write the same bytes.
 */
async function sameDates(xlsx: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.forEach((_, entry) => { entry.date = date; });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
