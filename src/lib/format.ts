/**
 * Numbers, periods and dates as each edition prints them: Vietnamese `10.183`,
 * `108,7%`, "quý I/2023"; English `10,183`, `108.7%`, "Q1 2023".
 */
import type { Period, Point } from './period.ts';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const formatters = new Map<string, Intl.NumberFormat>();

/** A number with as many decimals as it has (up to 2), grouped the local way. */
export function formatNumber(lang: Lang, n: number, decimals?: number): string {
  const key = `${lang}|${decimals ?? 'auto'}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 2,
    });
    formatters.set(key, f);
  }
  // Intl puts a no-break space before nothing here, but uses U+2212 for minus in some
  // locales; keep the hyphen-minus readers type into a search box.
  return f.format(n).replace('\u2212', '-');
}

export function formatPercent(lang: Lang, n: number, decimals?: number): string {
  return `${formatNumber(lang, n, decimals)}%`;
}

/**
 * A percent of target, rounded to whole numbers unless rounding would put it on the other
 * side of 100 or onto it: 99,6% is never shown as "100%" beside "below".
 */
export function formatDecisivePercent(lang: Lang, n: number): string {
  for (const d of [0, 1, 2]) {
    const r = Number(n.toFixed(d));
    if (Math.sign(r - 100) === Math.sign(n - 100)) return formatPercent(lang, r, d);
  }
  return formatPercent(lang, n, 3);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_EN_SHORT = MONTHS_EN.map((m) => m.slice(0, 3));
const ROMAN = ['I', 'II', 'III', 'IV'];

function formatPoint(lang: Lang, p: Point, inSpan: boolean): string {
  const m = p.part ?? 1;
  switch (p.grain) {
    case 'year':
      return String(p.year);
    case 'half':
      if (lang === 'vi') return m === 1 ? `6 tháng đầu năm ${p.year}` : `6 tháng cuối năm ${p.year}`;
      return `H${m} ${p.year}`;
    case 'quarter':
      return lang === 'vi' ? `quý ${ROMAN[m - 1]}/${p.year}` : `Q${m} ${p.year}`;
    case 'month':
      if (lang === 'vi') return inSpan ? `${m}/${p.year}` : `tháng ${m}/${p.year}`;
      return inSpan ? `${MONTHS_EN_SHORT[m - 1]} ${p.year}` : `${MONTHS_EN[m - 1]} ${p.year}`;
    case 'day':
      return lang === 'vi' ? `${p.day}/${m}/${p.year}` : `${p.day} ${MONTHS_EN[m - 1]} ${p.year}`;
  }
}

/** "2022", "quý I/2023", "10/2020–3/2023"; "Q1 2023", "Oct 2020 – Mar 2023". */
export function formatPeriod(lang: Lang, p: Period, opts: { prose?: boolean } = {}): string {
  if (!p.isSpan) {
    const s = formatPoint(lang, p.from, false);
    return opts.prose && lang === 'vi' && p.from.grain === 'year' ? `năm ${s}` : s;
  }
  const a = formatPoint(lang, p.from, true);
  const b = formatPoint(lang, p.to, true);
  const simple = p.from.grain === 'year' && p.to.grain === 'year';
  return simple ? `${a}–${b}` : `${a} – ${b}`;
}

/** An ISO date `2022-12-20` as "20/12/2022" or "20 December 2022". */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'vi' ? `${d}/${m}/${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** A source's date, exact or approximate: "20/12/2022", "khoảng 3/2023–6/2023". */
export function formatDateRange(lang: Lang, from: string, to: string, about: string): string {
  if (from === to) return formatDate(lang, from);
  const [y0, m0] = from.split('-').map(Number) as [number, number];
  const [y1, m1] = to.split('-').map(Number) as [number, number];
  const month = (y: number, m: number) => (lang === 'vi' ? `${m}/${y}` : `${MONTHS_EN_SHORT[m - 1]} ${y}`);
  const span = y0 === y1 && m0 === 1 && m1 === 12 ? String(y0) : `${month(y0, m0)} – ${month(y1, m1)}`;
  return `${about} ${span}`;
}

const collators = new Map<Lang, Intl.Collator>();

/** Sorts strings the way readers of each language expect (Vietnamese collation for vi). */
export function compareText(lang: Lang, a: string, b: string): number {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(LOCALE[lang], { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c.compare(a, b);
}
