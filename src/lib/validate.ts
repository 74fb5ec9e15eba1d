/**
 * Everything the build and `npm run check:data` verify, in one call, reporting every
 * problem at once: the CSVs load and link up, every citation stands in its source,
 * every number in the sources is accounted for, and the narratives and prose pages
 * cite only data that exists and type no figure. Citations and coverage need the
 * sources folder: in CI it is required, elsewhere its absence is a warning.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, checkDictionaries, readContent } from './content-check.ts';
import { checkCoverage, type Coverage } from './coverage.ts';
import { loadDataset, type Dataset } from './dataset.ts';
import { checkSize } from './limits.ts';
import { DataError, type DataProblem } from './problem.ts';
import { checkProvenance, readSourceLines, seedsDir } from './provenance.ts';
import { buildSite } from './site.ts';

export interface Validation {
  data?: Dataset;
  problems: DataProblem[];
  sourcesDir: string;
  sourcesFound: boolean;
  /** true in CI: the citation check may not be skipped there */
  sourcesRequired: boolean;
  coverage?: Coverage;
  /** how many .mdx files were checked */
  contentFiles: number;
}

/** CI services set CI=true; REQUIRE_SOURCES=1 asks for the same anywhere. */
export function sourcesRequired(env = process.env): boolean {
  const on = (v?: string) => v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
  return on(env.CI) || on(env.REQUIRE_SOURCES);
}

function dictionaries(dir = 'src/i18n') {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

export function validate(dir = 'data', sourcesDir = seedsDir(), contentDir?: string): Validation {
  const required = sourcesRequired();
  const content = readContent(contentDir);
  const base = { sourcesDir, sourcesFound: false, sourcesRequired: required, contentFiles: content.length };
  const tooBig = checkSize(dir);
  if (tooBig) return { ...base, problems: [tooBig] };
  let data: Dataset;
  try {
    data = loadDataset(dir);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    // The prose rules that need no data still run: every problem at once.
    return { ...base, problems: [...e.problems, ...checkContent(undefined, content, dir), ...checkDictionaries(dictionaries())] };
  }
  const problems: DataProblem[] = [];
  const lines = readSourceLines(data, sourcesDir);
  let coverage: Coverage | undefined;
  if (lines) {
    problems.push(...checkProvenance(data, lines, dir));
    coverage = checkCoverage(data, lines, dir);
    problems.push(...coverage.problems);
  } else if (required) {
    problems.push({
      file: sourcesDir,
      vi: 'không thấy thư mục văn bản nguồn, nên không kiểm tra được trích dẫn; trong CI việc kiểm tra này là bắt buộc. Đặt các tệp nguồn vào ../shared/seeds/ bên cạnh dự án, hoặc đặt SEEDS_DIR chỉ tới thư mục chứa chúng (quy trình triển khai lấy chúng từ kho ghi trong biến SEEDS_REPOSITORY)',
      en: 'the source texts folder is missing, so the citations cannot be checked, and in CI that check is required. Put the source files in ../shared/seeds/ beside the project, or set SEEDS_DIR to their folder (the deploy workflow fetches them from the repository named by the SEEDS_REPOSITORY variable)',
    });
  }
  problems.push(...checkContent(buildSite(data), content, dir), ...checkDictionaries(dictionaries()));
  return { ...base, data, problems, sourcesFound: lines !== undefined, coverage };
}
