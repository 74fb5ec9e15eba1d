/**
 * The one loader of the data: the site, the CLI and the tests all call it. It reads
 * the CSVs, parses each row with its schema, checks the links between files, and
 * either returns clean typed rows or throws a DataError listing every problem.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { parseCsv } from './csv.ts';
import { decodeCsv, EXCEL_DATE, excelDate, lostLetters, lostLettersProblem } from './encoding.ts';
import { DataError, type DataProblem } from './problem.ts';
import { didYouMean } from './suggest.ts';
import { sourceSchema, type Source } from '../schemas/sources.ts';
import { programmeSchema, type Programme } from '../schemas/programmes.ts';
import { indicatorSchema, type Indicator } from '../schemas/indicators.ts';
import { observationSchema, type Observation } from '../schemas/observations.ts';
import { exclusionSchema, type Exclusion } from '../schemas/exclusions.ts';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary.ts';

export type Row<T> = T & { row: number };

export interface Dataset {
  sources: Row<Source>[];
  programmes: Row<Programme>[];
  indicators: Row<Indicator>[];
  observations: Row<Observation>[];
  exclusions: Row<Exclusion>[];
  glossary: Row<GlossaryTerm>[];
}

export const FILES = {
  sources: 'sources.csv',
  programmes: 'programmes.csv',
  indicators: 'indicators.csv',
  observations: 'observations.csv',
  exclusions: 'exclusions.csv',
  glossary: 'glossary.csv',
} as const;

export type FileKey = keyof typeof FILES;
export type DataTexts = Record<FileKey, string>;

const SCHEMAS = {
  sources: sourceSchema,
  programmes: programmeSchema,
  indicators: indicatorSchema,
  observations: observationSchema,
  exclusions: exclusionSchema,
  glossary: glossarySchema,
} as const;

/** The texts of the five files; throws DataError when one is not UTF-8, before anything is parsed. */
export function readDataTexts(dir: string): DataTexts {
  const problems: DataProblem[] = [];
  const read = (k: FileKey) => {
    const path = join(dir, FILES[k]);
    const { text, problem } = decodeCsv(readFileSync(path), relative(process.cwd(), path));
    if (problem) problems.push(problem);
    return text;
  };
  const texts = {
    sources: read('sources'), programmes: read('programmes'), indicators: read('indicators'),
    observations: read('observations'), exclusions: read('exclusions'), glossary: read('glossary'),
  };
  if (problems.length > 0) throw new DataError(problems);
  return texts;
}

/** Loads and validates the data folder; throws DataError with every problem found. */
export function loadDataset(dir = 'data'): Dataset {
  const label = relative(process.cwd(), dir) || '.';
  let texts: DataTexts;
  try {
    texts = readDataTexts(dir);
  } catch (e) {
    if (e instanceof DataError) throw e;
    const path = (e as NodeJS.ErrnoException).path ?? dir;
    throw new DataError([{
      file: relative(process.cwd(), path),
      vi: 'không mở được tệp; kiểm tra tên và vị trí tệp',
      en: 'cannot open the file; check its name and location',
    }]);
  }
  return parseDataset(texts, label);
}

/** The same as loadDataset, from the texts of the files. */
export function parseDataset(texts: DataTexts, dirLabel = 'data'): Dataset {
  const problems: DataProblem[] = [];
  // Ids as written, also on rows that fail their schema, so that one bad row does not
  // make every reference to it an error too.
  const writtenIds: Record<FileKey, Set<string>> = {
    sources: new Set(), programmes: new Set(), indicators: new Set(), observations: new Set(), exclusions: new Set(), glossary: new Set(),
  };
  const fileName = (k: FileKey) => `${dirLabel}/${FILES[k]}`;
  const parseFile = <S extends z.ZodObject>(k: FileKey, schema: S): Row<z.output<S>>[] => {
    const file = fileName(k);
    const fields = Object.entries(schema.shape) as [string, z.ZodType][];
    const required = fields.filter(([, f]) => !f.safeParse(undefined).success).map(([n]) => n);
    const optional = fields.filter(([, f]) => f.safeParse(undefined).success).map(([n]) => n);
    const { table, problems: csvProblems } = parseCsv(texts[k], file, { required, optional });
    problems.push(...csvProblems);
    if (!table || csvProblems.some((p) => p.row === 1)) return [];
    const rows: Row<z.output<S>>[] = [];
    // One look at the whole text first: nearly every file has nothing to find.
    const lost = !lostLetters(texts[k]) ? [] : table.records.flatMap((rec) => Object.entries(rec.cells).filter(([, v]) => lostLetters(v)).map(([c, v]) => ({ row: rec.row, c, v })));
    if (lost.length > 0) problems.push(lostLettersProblem(file, lost[0]!.row, lost[0]!.c, lost[0]!.v, lost.length - 1));
    for (const rec of table.records) {
      if (rec.cells.id) writtenIds[k].add(rec.cells.id.trim());
      const result = schema.safeParse(rec.cells);
      if (result.success) {
        rows.push({ ...(result.data as z.output<S>), row: rec.row });
        continue;
      }
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '');
        const value = column ? rec.cells[column] : undefined;
        let vi = (issue as { params?: { vi?: string } }).params?.vi ?? issue.message;
        let en = issue.message;
        if (value !== undefined && excelDate(value.trim())) {
          vi = `${vi}; ${EXCEL_DATE.vi}`;
          en = `${en}; ${EXCEL_DATE.en}`;
        }
        problems.push({ file, row: rec.row, column: column || undefined, value, vi, en });
      }
    }
    return rows;
  };

  const data: Dataset = {
    sources: parseFile('sources', SCHEMAS.sources),
    programmes: parseFile('programmes', SCHEMAS.programmes),
    indicators: parseFile('indicators', SCHEMAS.indicators),
    observations: parseFile('observations', SCHEMAS.observations),
    exclusions: parseFile('exclusions', SCHEMAS.exclusions),
    glossary: parseFile('glossary', SCHEMAS.glossary),
  };
  problems.push(...checkLinks(data, fileName, writtenIds));
  if (problems.length > 0) throw new DataError(problems);
  return data;
}

function checkLinks(
  d: Dataset, fileName: (k: FileKey) => string, writtenIds: Record<FileKey, Set<string>>,
): DataProblem[] {
  const out: DataProblem[] = [];
  const unique = <T extends { row: number }>(k: FileKey, rows: T[], col: keyof T & string) => {
    const seen = new Map<unknown, number>();
    for (const r of rows) {
      const v = r[col];
      const first = seen.get(v);
      if (first !== undefined) {
        out.push({
          file: fileName(k), row: r.row, column: col, value: String(v),
          vi: `trùng với dòng ${first}; mỗi ${col} chỉ được dùng một lần`,
          en: `same as row ${first}; each ${col} must be unique`,
        });
      } else seen.set(v, r.row);
    }
  };
  unique('sources', d.sources, 'id');
  unique('sources', d.sources, 'file');
  unique('programmes', d.programmes, 'id');
  unique('indicators', d.indicators, 'id');
  unique('glossary', d.glossary, 'id');
  unique('glossary', d.glossary, 'term_vi');

  const ids = { sources: writtenIds.sources, programmes: writtenIds.programmes, indicators: writtenIds.indicators };
  const hints = new Map<string, string | undefined>();
  const ref = (k: FileKey, row: number, column: string, value: string | undefined, target: keyof typeof ids) => {
    if (value === undefined || ids[target].has(value)) return;
    const key = `${target}|${value}`;
    if (!hints.has(key)) hints.set(key, didYouMean(value, ids[target]));
    const hint = hints.get(key);
    out.push({
      file: fileName(k), row, column, value,
      vi: `không có "${value}" trong ${FILES[target]}; ${hint ? `có phải "${hint}"? ` : ''}kiểm tra chính tả hoặc thêm dòng đó trước`,
      en: `there is no "${value}" in ${FILES[target]}; ${hint ? `did you mean "${hint}"? ` : ''}check the spelling or add that row first`,
    });
  };
  for (const p of d.programmes) {
    ref('programmes', p.row, 'parent', p.parent, 'programmes');
    ref('programmes', p.row, 'source', p.source, 'sources');
  }
  for (const i of d.indicators) {
    ref('indicators', i.row, 'programme', i.programme, 'programmes');
    ref('indicators', i.row, 'part_of', i.part_of, 'indicators');
    ref('indicators', i.row, 'target_source', i.target_source, 'sources');
    ref('indicators', i.row, 'change_of', i.change_of, 'indicators');
  }
  const seen = new Map<string, number>();
  for (const o of d.observations) {
    ref('observations', o.row, 'indicator', o.indicator, 'indicators');
    ref('observations', o.row, 'source', o.source, 'sources');
    const key = [o.indicator, o.period.raw, o.source, o.line].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      out.push({
        file: fileName('observations'), row: o.row, column: 'indicator', value: o.indicator,
        vi: `trùng với dòng ${first} (cùng chỉ số, kỳ, nguồn và dòng nguồn); xóa một trong hai`,
        en: `duplicates row ${first} (same indicator, period, source and line); delete one of them`,
      });
    } else seen.set(key, o.row);
  }
  for (const x of d.exclusions) ref('exclusions', x.row, 'source', x.source, 'sources');
  out.push(...cycles('programmes', d.programmes, (p) => p.parent, fileName));
  out.push(...cycles('indicators', d.indicators, (i) => i.part_of, fileName));
  return out;
}

function cycles<T extends { id: string; row: number }>(
  k: FileKey, rows: T[], up: (r: T) => string | undefined, fileName: (k: FileKey) => string,
): DataProblem[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: DataProblem[] = [];
  for (const r of rows) {
    const path = [r.id];
    for (let next = up(r); next !== undefined; next = byId.get(next) ? up(byId.get(next)!) : undefined) {
      if (next === r.id) {
        out.push({
          file: fileName(k), row: r.row, column: k === 'programmes' ? 'parent' : 'part_of', value: up(r),
          vi: `vòng lặp: ${[...path, next].join(' → ')}`,
          en: `a loop: ${[...path, next].join(' → ')}`,
        });
        break;
      }
      if (path.includes(next)) break;
      path.push(next);
    }
  }
  return out;
}
