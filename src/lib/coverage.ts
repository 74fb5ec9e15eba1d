/**
 * Coverage: every number printed in the sources is either cited (an observation's
 * value, total or stated percent, or a target) or listed in exclusions.csv with the
 * reason it is not a fact. A number that is neither is a fact nobody extracted, or
 * an observation deleted by mistake.
 */
import type { Dataset } from './dataset.ts';
import { parsePrinted, printedTokens } from './number.ts';
import type { DataProblem } from './problem.ts';
import type { SourceLines } from './provenance.ts';

export interface Coverage {
  tokens: number;
  cited: number;
  excluded: number;
  /** per source id: [cited, excluded, tokens] */
  bySource: Map<string, { tokens: number; cited: number; excluded: number }>;
  problems: DataProblem[];
}

export function checkCoverage(d: Dataset, lines: SourceLines, dirLabel = 'data'): Coverage {
  const cited = new Map<string, Set<number>>();
  const cite = (source: string, line: number, ...values: (number | undefined)[]) => {
    const key = `${source}|${line}`;
    const set = cited.get(key) ?? new Set<number>();
    for (const v of values) if (v !== undefined) set.add(v);
    cited.set(key, set);
  };
  // A value printed as a word (một) is no digit token of the line, so there is nothing to cover.
  for (const o of d.observations) cite(o.source, o.line, o.printed && !/^\d/.test(o.printed) ? undefined : o.value, o.total, o.stated_percent);
  for (const i of d.indicators) {
    if (i.target_source && i.target_line) cite(i.target_source, i.target_line, i.target_low, i.target_high);
  }
  const excluded = new Map(d.exclusions.map((x) => [`${x.source}|${x.line}|${x.token}`, x]));
  const used = new Set<string>();
  const files = new Map(d.sources.map((s) => [s.id, s.file]));
  const out: Coverage = { tokens: 0, cited: 0, excluded: 0, bySource: new Map(), problems: [] };

  for (const [source, text] of lines) {
    const tally = { tokens: 0, cited: 0, excluded: 0 };
    text.forEach((line, i) => {
      const n = i + 1;
      const values = cited.get(`${source}|${n}`);
      for (const token of new Set(printedTokens(line))) {
        tally.tokens++;
        const key = `${source}|${n}|${token}`;
        if (excluded.has(key)) used.add(key);
        if (values?.has(parsePrinted(token))) tally.cited++;
        else if (excluded.has(key)) tally.excluded++;
        else {
          out.problems.push({
            file: files.get(source) ?? source, value: token,
            vi: `dòng ${n} in số ${token} nhưng số này không có trong observations.csv, cũng không có lý do loại trừ trong exclusions.csv; thêm một quan sát, hoặc một dòng "${source},${n},${token},<lý do>" vào exclusions.csv`,
            en: `line ${n} prints ${token}, which is neither cited in observations.csv nor excluded with a reason in exclusions.csv; add an observation, or a row "${source},${n},${token},<reason>" to exclusions.csv`,
          });
        }
      }
    });
    out.tokens += tally.tokens;
    out.cited += tally.cited;
    out.excluded += tally.excluded;
    out.bySource.set(source, tally);
  }
  for (const x of d.exclusions) {
    if (!lines.has(x.source) || used.has(`${x.source}|${x.line}|${x.token}`)) continue;
    out.problems.push({
      file: `${dirLabel}/exclusions.csv`, row: x.row, column: 'token', value: x.token,
      vi: `dòng ${x.line} của nguồn không in số ${x.token}; xóa dòng loại trừ này hoặc sửa số dòng`,
      en: `line ${x.line} of the source does not print ${x.token}; delete this exclusion or fix its line`,
    });
  }
  return out;
}
