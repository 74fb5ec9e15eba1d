/**
 * Periods as the sources give them: a year ("năm 2022"), a half ("6 tháng đầu năm"),
 * a quarter ("quý I/2023"), a month, a day (a stock "tính đến 27/3/2023"), or a span
 * of two of these ("2017-2022", "từ đầu nhiệm kỳ đến nay"). Written in the CSVs as
 * `2022`, `2022-H1`, `2023-Q1`, `2023-03`, `2023-03-27`, `2017/2022`.
 */
import type { Parsed } from './number.ts';

export type Grain = 'year' | 'half' | 'quarter' | 'month' | 'day';

export interface Point {
  grain: Grain;
  year: number;
  /** half 1–2, quarter 1–4, month 1–12 (day grain keeps month too) */
  part?: number;
  day?: number;
  /** first and last day covered, ISO `YYYY-MM-DD` */
  start: string;
  end: string;
}

export interface Period {
  raw: string;
  from: Point;
  to: Point;
  isSpan: boolean;
  /** first and last day covered, ISO */
  start: string;
  end: string;
}

const POINT = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2})(?:-(\d{2}))?)?$/;

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function parsePoint(s: string): Point | undefined {
  const m = POINT.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const mid = m[2];
  if (mid === undefined) return { grain: 'year', year, start: iso(year, 1, 1), end: iso(year, 12, 31) };
  if (mid.startsWith('H')) {
    if (m[3] !== undefined) return undefined;
    const part = Number(mid.slice(1));
    const m0 = part === 1 ? 1 : 7;
    return { grain: 'half', year, part, start: iso(year, m0, 1), end: iso(year, m0 + 5, lastDay(year, m0 + 5)) };
  }
  if (mid.startsWith('Q')) {
    if (m[3] !== undefined) return undefined;
    const part = Number(mid.slice(1));
    const m0 = part * 3 - 2;
    return { grain: 'quarter', year, part, start: iso(year, m0, 1), end: iso(year, m0 + 2, lastDay(year, m0 + 2)) };
  }
  const month = Number(mid);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) {
    return { grain: 'month', year, part: month, start: iso(year, month, 1), end: iso(year, month, lastDay(year, month)) };
  }
  const day = Number(m[3]);
  if (day < 1 || day > lastDay(year, month)) return undefined;
  const d = iso(year, month, day);
  return { grain: 'day', year, part: month, day, start: d, end: d };
}

export function parsePeriod(raw: string): Parsed<Period> {
  const s = raw.trim();
  const pieces = s.split('/');
  const points = pieces.map(parsePoint);
  const bad = {
    ok: false as const,
    problem: {
      vi: 'kỳ không hợp lệ; viết 2022, 2022-H1 (6 tháng đầu năm), 2023-Q1 (quý I), 2023-03, 2023-03-27, hoặc một khoảng như 2017/2022',
      en: 'not a valid period; write 2022, 2022-H1 (first half), 2023-Q1 (first quarter), 2023-03, 2023-03-27, or a span such as 2017/2022',
    },
  };
  if (pieces.length > 2 || points.some((p) => p === undefined)) return bad;
  const from = points[0]!;
  const to = points[pieces.length - 1]!;
  if (to.end < from.start) {
    return {
      ok: false,
      problem: {
        vi: `khoảng thời gian ngược: ${pieces[0]} đứng sau ${pieces[1]}; viết mốc sớm trước`,
        en: `the span runs backwards: ${pieces[0]} comes after ${pieces[1]}; put the earlier point first`,
      },
    };
  }
  return { ok: true, value: { raw: s, from, to, isSpan: pieces.length === 2, start: from.start, end: to.end } };
}

/** Whole months covered, rounded: a year is 12, a quarter 3, a day 0. */
export function months(p: Period): number {
  const [y0, m0, d0] = p.start.split('-').map(Number) as [number, number, number];
  const [y1, m1, d1] = p.end.split('-').map(Number) as [number, number, number];
  const days = (Date.UTC(y1, m1 - 1, d1) - Date.UTC(y0, m0 - 1, d0)) / 86_400_000 + 1;
  return Math.round(days / 30.44);
}

/** True when `inner` lies within `outer`. */
export function within(inner: Period, outer: Period): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The span from the earliest start to the latest end of several periods. */
export function coveredSpan(periods: Period[]): Period {
  const first = periods.reduce((a, b) => (b.start < a.start ? b : a));
  const last = periods.reduce((a, b) => (b.end > a.end || (b.end === a.end && !b.isSpan) ? b : a));
  const from = first.from;
  const to = last.to;
  if (from.start === to.start && from.end === to.end) return first;
  return { raw: `${first.raw.split('/')[0]}/${last.raw.split('/').at(-1)}`, from, to, isSpan: true, start: from.start, end: to.end };
}
