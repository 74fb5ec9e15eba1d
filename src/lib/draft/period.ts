/**
 * The period a number covers, in the data's period syntax (period.ts), from what its
 * sentence says: "6 tháng đầu năm 2022" → 2022-H1, "quý I/2023" → 2023-Q1, "tính đến
 * 27/3/2023" → 2023-03-27, "năm 2022" → 2022, "2017-2022" → 2017/2022, "từ đầu nhiệm
 * kỳ đến nay" → from the term's start to the source's date. The nearest statement
 * before the number wins; with none, the whole term to the source's date, which is
 * what the sources report by default; empty when even that is unknown.
 */
import { parsePeriod } from '../period.ts';
import { sentenceOf } from './clause.ts';
import type { Occurrence } from './occurrence.ts';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const pad = (n: string | number) => String(n).padStart(2, '0');

interface Found {
  at: number;
  end: number;
  period: string;
}

/** Period statements in a piece of text, each with where it stands. */
function statements(text: string, termStart: string | undefined, asOf: string | undefined): Found[] {
  const out: Found[] = [];
  const add = (re: RegExp, f: (m: RegExpMatchArray) => string | undefined) => {
    for (const m of text.matchAll(re)) {
      const p = f(m);
      if (p && parsePeriod(p).ok) out.push({ at: m.index!, end: m.index! + m[0].length, period: p });
    }
  };
  add(/6 tháng (đầu|cuối) năm (\d{4})/giu, (m) => `${m[2]}-H${m[1]!.toLowerCase() === 'đầu' ? 1 : 2}`);
  add(/quý (I{1,3}|IV|[1-4])\s*(?:\/|năm)\s*(\d{4})/giu, (m) => `${m[2]}-Q${ROMAN[m[1]!.toLowerCase()] ?? m[1]}`);
  add(/(?:đến|tính đến|tới)\s+(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/giu, (m) => {
    const day = `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
    return /đầu nhiệm kỳ/iu.test(text.slice(Math.max(0, m.index! - 60), m.index!)) && termStart ? `${termStart}/${day}` : day;
  });
  add(/tháng (\d{1,2})\s*(?:\/|năm)\s*(\d{4})/giu, (m) => `${m[2]}-${pad(m[1]!)}`);
  add(/(?<!nhiệm kỳ |thời kỳ )(?<![\d/-])(20[0-3]\d)\s*[-–]\s*(20[0-3]\d)(?![\d/])/giu, (m) => `${m[1]}/${m[2]}`);
  const until = asOf?.slice(0, 4) ?? '9999';
  // "đến năm 2030" states a horizon, not the period of a result
  add(/(?<!đến )năm (20[0-3]\d)(?![\d/-])/giu, (m) => (m[1]! <= until ? m[1] : undefined));
  add(/từ năm (20[0-3]\d) đến nay/giu, (m) => (asOf ? `${m[1]}/${asOf}` : undefined));
  add(/(từ )?đầu nhiệm kỳ(?: [\d\s-]+)?(?: đến nay)?/giu, () => (termStart && asOf ? `${termStart}/${asOf}` : undefined));
  // a stock "as of now": "đến nay có", "hiện có"
  add(/(?<!đầu nhiệm kỳ[\d\s-]*)(?<!từ năm \d{4} )(?<!\p{L})đến nay|(?<!thực )hiện (?:có|nay|đang)/giu, () => asOf);
  // "năm 2022" inside "6 tháng đầu năm 2022" is not a statement of its own
  return out.filter((f) => !out.some((g) => g !== f && g.at <= f.at && g.end >= f.end && g.end - g.at > f.end - f.at));
}

/**
 * @param termStart the term's first month (`2020`: the sources give the term's year, not its month), from the data
 * @param asOf the source's own "now" (`2023-03`): the latest date it reports figures to
 */
export function periodOf(line: string, o: Occurrence, termStart?: string, asOf?: string): string {
  const [s0, s1] = sentenceOf(line, o);
  const sentence = line.slice(s0, s1);
  const here = statements(sentence, termStart, asOf);
  const rel = o.start - s0;
  const before = here.filter((f) => f.at < rel).sort((a, b) => b.at - a.at)[0];
  if (before) return before.period;
  const after = here.filter((f) => f.at > rel).sort((a, b) => a.at - b.at)[0];
  if (after) return after.period;
  const earlier = statements(line.slice(0, s0), termStart, asOf).at(-1);
  if (earlier) return earlier.period;
  return termStart && asOf ? `${termStart}/${asOf}` : '';
}

/** A source's "now": the latest "đến ngày d/m/yyyy" or "quý N/yyyy" it prints, else its latest possible year. */
export function asOfSource(lines: string[], dateTo: string): string {
  let best = '';
  for (const line of lines) {
    for (const m of line.matchAll(/(?:đến|tính đến)\s+(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/giu)) {
      const month = `${m[3]}-${pad(m[2]!)}`;
      if (month <= dateTo.slice(0, 7) && month > best) best = month;
    }
  }
  return best || dateTo.slice(0, 4);
}
