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
import { EXCLUSION_REASONS } from '../schemas/exclusions.ts';

export interface Coverage {
  tokens: number;
  cited: number;
  excluded: number;
  /** per source id: [cited, excluded, tokens] */
  bySource: Map<string, { tokens: number; cited: number; excluded: number }>;
  /** the numbers neither cited nor excluded, in source and line order: what a draft proposes */
  uncovered: { source: string; line: number; token: string; problem: DataProblem }[];
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
  // Rows citing each line, to point back at a row whose value was changed.
  const citing = new Map<string, { row: number; quote: string }[]>();
  for (const o of d.observations) citing.set(`${o.source}|${o.line}`, [...(citing.get(`${o.source}|${o.line}`) ?? []), o]);
  const excluded = new Map(d.exclusions.map((x) => [`${x.source}|${x.line}|${x.token}`, x]));
  const used = new Set<string>();
  const files = new Map(d.sources.map((s) => [s.id, s.file]));
  const out: Coverage = { tokens: 0, cited: 0, excluded: 0, bySource: new Map(), uncovered: [], problems: [] };

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
          const problem = uncovered(files.get(source) ?? source, source, n, token, citing.get(`${source}|${n}`) ?? [], dirLabel);
          out.uncovered.push({ source, line: n, token, problem });
          out.problems.push(problem);
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
    const padded = printedTokens(lines.get(x.source)?.[x.line - 1] ?? '').find((t) => /^0\d/.test(t) && t.replace(/^0+/, '') === x.token);
    out.problems.push({
      file: `${dirLabel}/exclusions.csv`, row: x.row, column: 'token', value: x.token,
      vi: padded
        ? `dòng ${x.line} của nguồn in "${padded}", không phải "${x.token}": bảng tính đã bỏ số 0 ở đầu; định dạng cột là văn bản (Text), ghi lại "${padded}" và lưu dạng CSV UTF-8`
        : `dòng ${x.line} của nguồn không in số ${x.token}; xóa dòng loại trừ này hoặc sửa số dòng`,
      en: padded
        ? `line ${x.line} of the source prints "${padded}", not "${x.token}": the spreadsheet dropped the leading zero; format the column as Text, write "${padded}" again and save as CSV UTF-8`
        : `line ${x.line} of the source does not print ${x.token}; delete this exclusion or fix its line`,
    });
  }
  return out;
}

/** A CSV row as a spreadsheet would save it: a cell with a comma or a quote is quoted. */
export function csvRow(cells: (string | number)[]): string {
  return cells.map((c) => (/[",\r\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',');
}

const REASONS_HINT = EXCLUSION_REASONS.join(', ');

/**
 * The message for a number nobody accounted for. When an observation cites that very
 * line and its quote prints the number, the likeliest cause is a changed value in that
 * row, so the message says so first: excluding the number would publish the wrong value.
 */
function uncovered(file: string, source: string, line: number, token: string, rows: { row: number; quote: string }[], dirLabel: string) {
  const suspects = rows.filter((r) => printedTokens(r.quote).includes(token)).map((r) => r.row);
  const exclusion = csvRow([source, line, token, 'REASON']);
  if (suspects.length > 0) {
    const list = suspects.join(', ');
    return {
      file, value: token,
      vi: `dòng ${line} in số ${token}, nằm trong trích dẫn của ${dirLabel}/observations.csv dòng ${list} nhưng không dòng nào lấy số này; có phải value ở dòng ${list} đã bị sửa? Sửa lại value. Chỉ khi ${token} không phải số liệu mới thêm dòng ${exclusion} vào exclusions.csv (REASON là một trong: ${REASONS_HINT})`,
      en: `line ${line} prints ${token}, which stands in the quote of ${dirLabel}/observations.csv row ${list} but no row takes it; did you change the value in row ${list}? Put it back. Only if ${token} is not a fact, add the row ${exclusion} to exclusions.csv (REASON one of: ${REASONS_HINT})`,
    };
  }
  return {
    file, value: token,
    vi: `dòng ${line} in số ${token} nhưng số này không có trong observations.csv, cũng không có lý do loại trừ trong exclusions.csv; thêm một quan sát, hoặc thêm dòng ${exclusion} vào exclusions.csv (REASON là một trong: ${REASONS_HINT})`,
    en: `line ${line} prints ${token}, which is neither cited in observations.csv nor excluded with a reason in exclusions.csv; add an observation, or add the row ${exclusion} to exclusions.csv (REASON one of: ${REASONS_HINT})`,
  };
}
