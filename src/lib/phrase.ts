/**
 * How a value, a target and a status read in a sentence, in either language:
 * "trên 10.100 đảng viên (đạt 108,7% kế hoạch)", "52/54 (96,3%)", "thứ 3/63".
 */
import { t } from '../i18n/index.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { Observation } from '../schemas/observations.ts';
import { formatNumber, formatPercent, type Lang } from './format.ts';
import type { Status, YearResult } from './status.ts';

type Ind = Pick<Indicator, 'measure' | 'unit_vi' | 'unit_en' | 'target_kind' | 'target_low' | 'target_high' | 'target_per'> & Partial<Pick<Indicator, 'target_quote'>>;
type Obs = Pick<Observation, 'value' | 'qualifier' | 'total' | 'stated_percent' | 'percent_base'>;

export function unit(lang: Lang, ind: Pick<Indicator, 'unit_vi' | 'unit_en'>): string {
  return (lang === 'vi' ? ind.unit_vi : ind.unit_en) ?? '';
}

/** A bare number in the indicator's measure: "10.183", "81,2%", "6.482,91". */
export function formatMeasure(lang: Lang, ind: Pick<Indicator, 'measure'>, n: number): string {
  return ind.measure === 'percent' ? formatPercent(lang, n) : formatNumber(lang, n);
}

/** The value as a reader sees it, with qualifier, denominator, unit and printed percent. */
export function formatValue(lang: Lang, ind: Ind, o: Obs, opts: { unit?: boolean } = {}): string {
  const tr = t(lang);
  const u = unit(lang, ind);
  let s: string;
  if (ind.measure === 'rank' && o.total !== undefined) {
    s = tr('value.rank', { value: formatNumber(lang, o.value), total: formatNumber(lang, o.total) });
  } else if (o.total !== undefined) {
    s = tr('value.ofTotal', { value: formatNumber(lang, o.value), total: formatNumber(lang, o.total) });
    if (opts.unit !== false && u && u !== '%') s += ` ${u}`;
  } else {
    s = formatMeasure(lang, ind, o.value);
    if (opts.unit !== false && u && u !== '%' && ind.measure !== 'percent') s += ` ${u}`;
  }
  if (o.qualifier) s = `${tr(`qualifier.${o.qualifier}`)} ${s}`;
  if (o.stated_percent !== undefined) {
    const p = formatPercent(lang, o.stated_percent);
    s += ` (${o.percent_base === 'plan' ? tr('value.percentOfPlan', { percent: p }) : tr('value.share', { percent: p })})`;
  }
  return s;
}

/** The target in words: "9.000–10.000 đảng viên mỗi năm", "trên 75%". Empty without a target. */
export function formatTarget(lang: Lang, ind: Ind): string {
  const tr = t(lang);
  const n = (x: number | undefined) => (x === undefined ? '' : formatMeasure(lang, ind, x));
  const perYear = ind.target_per === 'year' ? ` ${tr('target.perYear')}` : '';
  switch (ind.target_kind) {
    case 'range':
      return tr(ind.target_per === 'year' ? 'target.range.year' : 'target.range.term', {
        low: formatNumber(lang, ind.target_low!), high: n(ind.target_high), unit: ind.measure === 'percent' ? '' : unit(lang, ind),
      }).replace(/\s+/g, ' ');
    case 'min':
      return tr('target.min', { low: n(ind.target_low) }) + perYear;
    case 'above':
      return tr('target.above', { low: n(ind.target_low) }) + perYear;
    case 'max':
      return tr('target.max', { high: n(ind.target_high) }) + perYear;
    case 'below':
      return tr('target.below', { high: n(ind.target_high) }) + perYear;
    case 'all':
      // "all of them" is a target only where a source says so; otherwise x of y is progress
      return ind.target_quote ? tr('target.all') : '';
    case 'plan':
      return tr('target.plan');
    case 'claim':
      return tr('target.claim');
    case 'none':
      return '';
  }
}

export function statusLabel(lang: Lang, s: Status): string {
  return t(lang)(`status.${s}`);
}

/** "vượt chỉ tiêu 9.000–10.000 đảng viên mỗi năm" */
export function statusExplain(lang: Lang, ind: Ind, s: Status): string {
  return t(lang)(`status.explain.${s}`, { target: formatTarget(lang, ind) });
}

type Standing = { status: Status; years: YearResult<unknown>[]; missed: string[] };

/** The headline in words: "Chưa đạt năm 2021 · đạt 2/3 năm" where a per-year target is judged year by year. */
export function verdictLabel(lang: Lang, v: Standing): string {
  const tr = t(lang);
  if (v.years.length < 2) return statusLabel(lang, v.status);
  const met = v.years.length - v.missed.length;
  if (v.missed.length === 0) return tr('verdict.years.met', { met, n: v.years.length });
  return tr('verdict.years.missed', { missed: listOf(lang, v.missed), met, n: v.years.length });
}

/** "Tỷ lệ tổ chức cơ sở đảng … (74,9% năm 2021)": what missed, by how much, and when. */
export function missedPhrase(
  lang: Lang,
  e: { indicator: Ind & Pick<Indicator, 'label_vi' | 'label_en'>; observation?: Obs; years: { year: string; status: Status; observation: Obs }[] },
): string {
  const tr = t(lang);
  const label = lang === 'vi' ? e.indicator.label_vi : e.indicator.label_en;
  const misses = e.years.filter((y) => y.status === 'below').map((y) => tr('verdict.valueIn', { value: formatValue(lang, e.indicator, y.observation), year: y.year }));
  const values = misses.length ? misses : e.observation ? [formatValue(lang, e.indicator, e.observation)] : [];
  return values.length ? tr('verdict.missed', { label: inSentence(label), values: listOf(lang, values) }) : inSentence(label);
}

/** "a, b và c" / "a, b and c"; items that hold commas themselves are set apart with semicolons. */
export function listOf(lang: Lang, items: string[], sep = items.some((i) => i.includes(',')) ? '; ' : ', '): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(sep)}${sep === ', ' ? ' ' : sep}${t(lang)('list.and')} ${items.at(-1)}`;
}

/**
 * A label inside a sentence: "số đơn vị…", but names ("Ban Thường vụ…", "Hà Nội…") and
 * abbreviations ("TCCSĐ…") keep their capitals: a capital second word or letter marks them.
 */
export function inSentence(label: string): string {
  const [first = '', second = ''] = label.split(' ');
  const capital = (w: string) => w !== '' && w[0] !== w[0]!.toLowerCase();
  if (capital(second) || (first.length > 1 && capital(first.slice(1)))) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "29/34, còn 5": an x of y count as progress, where no source states a target. */
export function progressPhrase(lang: Lang, o: Pick<Observation, 'value' | 'total'>): string {
  const total = o.total ?? o.value;
  return t(lang)('progress.phrase', { done: formatNumber(lang, o.value), total: formatNumber(lang, total), left: formatNumber(lang, total - o.value) });
}
