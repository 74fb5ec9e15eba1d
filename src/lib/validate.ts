/**
 * Everything the build and `npm run check:data` verify, in one call: the CSVs load and
 * link up, every citation stands in its source, and every number in the sources is
 * accounted for. Citations and coverage need the sources folder; without it they are
 * skipped and `sourcesFound` says so.
 */
import { loadDataset, type Dataset } from './dataset.ts';
import { checkCoverage, type Coverage } from './coverage.ts';
import { DataError, type DataProblem } from './problem.ts';
import { checkProvenance, readSourceLines, seedsDir } from './provenance.ts';

export interface Validation {
  data?: Dataset;
  problems: DataProblem[];
  sourcesDir: string;
  sourcesFound: boolean;
  coverage?: Coverage;
}

export function validate(dir = 'data', sourcesDir = seedsDir()): Validation {
  let data: Dataset;
  try {
    data = loadDataset(dir);
  } catch (e) {
    if (e instanceof DataError) return { problems: e.problems, sourcesDir, sourcesFound: false };
    throw e;
  }
  const lines = readSourceLines(data, sourcesDir);
  if (!lines) return { data, problems: [], sourcesDir, sourcesFound: false };
  const problems = checkProvenance(data, lines, dir);
  const coverage = checkCoverage(data, lines, dir);
  return { data, problems: [...problems, ...coverage.problems], sourcesDir, sourcesFound: true, coverage };
}
