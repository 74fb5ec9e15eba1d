import { z } from 'zod';
import { issueAt, number, oneOf, positiveInteger, quote, slug, text, yesNo } from './columns.ts';

export const MEASURES = ['count', 'percent', 'money', 'rank', 'score', 'ratio'] as const;
export const AGGREGATES = ['sum', 'mean'] as const;
/**
 * How a result is judged against its target:
 * range low–high; min ≥ low ("tối thiểu"); above > low ("trên"); max ≤ high;
 * below < high; all = the whole denominator (x of y), a verdict only with a cited source
 * stating that all were to be done, else progress; plan = 100% of the plan; claim = a
 * source says targets were met without publishing them; none = the sources state no target.
 */
export const TARGET_KINDS = ['range', 'min', 'above', 'max', 'below', 'all', 'plan', 'claim', 'none'] as const;
export const TARGET_PERS = ['year', 'term'] as const;

export type TargetKind = (typeof TARGET_KINDS)[number];

const NEEDS_LOW: readonly TargetKind[] = ['range', 'min', 'above'];
const NEEDS_HIGH: readonly TargetKind[] = ['range', 'max', 'below'];
const NUMERIC: readonly TargetKind[] = ['range', 'min', 'above', 'max', 'below'];

/** data/indicators.csv: what is measured, in what unit, and against what target. */
export const indicatorSchema = z
  .object({
    id: slug.required().describe('Unique id, e.g. new-members-admitted'),
    programme: slug.required().describe('Programme id the indicator belongs to'),
    label_vi: text.required().describe('Short label in Vietnamese'),
    label_en: text.required().describe('Short label in English'),
    measure: oneOf(MEASURES).required().describe('count, percent, money, rank, score or ratio'),
    unit_vi: text.optional().describe('What is counted, in Vietnamese (đảng viên, tỷ đồng, %)'),
    unit_en: text.optional().describe('What is counted, in English (party members, billion dong, %)'),
    higher_is_better: yesNo.optional().describe('yes, no, or empty when neither'),
    aggregate: oneOf(AGGREGATES).optional().describe('How sub-period values make a longer period: sum or mean; empty for stocks and ranks'),
    target_kind: oneOf(TARGET_KINDS).required().describe('range, min, above, max, below, all, plan, claim or none'),
    target_low: number.optional().describe('Lower bound of the target, plain number'),
    target_high: number.optional().describe('Upper bound of the target, plain number'),
    target_per: oneOf(TARGET_PERS).optional().describe('year: the target applies to each year; term: to the whole period'),
    target_source: slug.optional().describe('Source id stating the target'),
    target_line: positiveInteger.optional().describe('1-based line of that source'),
    target_quote: quote.optional().describe('Verbatim excerpt of that line with the target as printed'),
    part_of: slug.optional().describe('Id of the indicator this one is a part or sub-group of'),
    parts_add_up: yesNo.optional().describe('yes: the indicators that are part_of this one form a complete breakdown, so they should add up to it'),
    change_of: slug.optional().describe('Id of a rank indicator whose change since the previous period this counts, in places; higher_is_better yes = places gained, no = places lost'),
    note_vi: text.optional().describe('Definition or caveat, in Vietnamese'),
    note_en: text.optional().describe('Definition or caveat, in English'),
  })
  .superRefine((r, ctx) => {
    const k = r.target_kind;
    if (!k) return;
    if (NEEDS_LOW.includes(k) && r.target_low === undefined) {
      issueAt(ctx, 'target_low', { vi: `chỉ tiêu loại ${k} cần target_low`, en: `a ${k} target needs target_low` });
    }
    if (NEEDS_HIGH.includes(k) && r.target_high === undefined) {
      issueAt(ctx, 'target_high', { vi: `chỉ tiêu loại ${k} cần target_high`, en: `a ${k} target needs target_high` });
    }
    for (const col of ['target_low', 'target_high'] as const) {
      const needed = col === 'target_low' ? NEEDS_LOW : NEEDS_HIGH;
      if (!needed.includes(k) && r[col] !== undefined) {
        issueAt(ctx, col, {
          vi: `chỉ tiêu loại ${k} không dùng ${col}; để trống`,
          en: `a ${k} target has no ${col}; leave it empty`,
        });
      }
    }
    if (k === 'range' && r.target_low !== undefined && r.target_high !== undefined && r.target_low > r.target_high) {
      issueAt(ctx, 'target_high', {
        vi: `cận dưới ${r.target_low} lớn hơn cận trên ${r.target_high}`,
        en: `the lower bound ${r.target_low} is above the upper bound ${r.target_high}`,
      });
    }
    if (NUMERIC.includes(k) && !r.target_per) {
      issueAt(ctx, 'target_per', {
        vi: 'ghi year (chỉ tiêu mỗi năm) hoặc term (cả nhiệm kỳ)',
        en: 'write year (a target for each year) or term (for the whole period)',
      });
    }
    if ((k === 'none' || k === 'claim') && r.target_per) {
      issueAt(ctx, 'target_per', { vi: 'không có chỉ tiêu thì để trống', en: 'leave it empty when there is no target' });
    }
    const cited = [r.target_source, r.target_line, r.target_quote].filter((x) => x !== undefined).length;
    if (NUMERIC.includes(k) && cited !== 3) {
      issueAt(ctx, r.target_source ? (r.target_line ? 'target_quote' : 'target_line') : 'target_source', {
        vi: 'chỉ tiêu bằng số phải dẫn nguồn: điền target_source, target_line và target_quote',
        en: 'a numeric target must be cited: fill target_source, target_line and target_quote',
      });
    } else if (cited !== 0 && cited !== 3) {
      issueAt(ctx, 'target_source', {
        vi: 'trích dẫn chỉ tiêu cần đủ ba cột target_source, target_line, target_quote (hoặc để trống cả ba)',
        en: 'a target citation needs all of target_source, target_line and target_quote (or none)',
      });
    }
    if (r.part_of && r.part_of === r.id) {
      issueAt(ctx, 'part_of', { vi: 'một chỉ số không thể là phần của chính nó', en: 'an indicator cannot be part of itself' });
    }
  });

export type Indicator = z.output<typeof indicatorSchema>;
