/**
 * A problem with the data, said in both languages the editors work in, and where it
 * is: the file, the row as a spreadsheet numbers it (the header is row 1), the column
 * and the value found there.
 */
export interface Problem {
  vi: string;
  en: string;
}

export interface Place {
  file: string;
  /** the line of a text file (an .mdx page, a dictionary), counted from 1 as editors number them */
  line?: number;
  row?: number;
  column?: string;
  value?: string;
}

export interface DataProblem extends Problem, Place {}

/** Thrown by the loader; carries every problem found, not only the first. */
export class DataError extends Error {
  readonly problems: DataProblem[];
  constructor(problems: DataProblem[]) {
    super(formatProblems(problems));
    this.name = 'DataError';
    this.problems = problems;
  }
}

export function formatPlace(p: Place): string {
  const parts = [p.file];
  if (p.line !== undefined) parts.push(`dòng/line ${p.line}`);
  if (p.row !== undefined) parts.push(`dòng/row ${p.row}`);
  if (p.column !== undefined) parts.push(`cột/column "${p.column}"`);
  let place = parts.join(', ');
  if (p.value !== undefined) place += `: ${JSON.stringify(p.value)}`;
  return place;
}

export function formatProblem(p: DataProblem): string {
  return `${formatPlace(p)}\n  vi: ${p.vi}\n  en: ${p.en}`;
}

export function formatProblems(problems: DataProblem[]): string {
  const n = problems.length;
  const head = `${n} lỗi dữ liệu / ${n} data error${n === 1 ? '' : 's'}:`;
  return [head, ...problems.map(formatProblem)].join('\n\n');
}
