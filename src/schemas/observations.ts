import { z } from 'zod';
import { issueAt, number, oneOf, period, positiveInteger, quote, slug, text } from './columns.ts';

export const QUALIFIERS = ['over', 'nearly', 'about', 'under', 'at-least'] as const;
export const PERCENT_BASES = ['plan', 'share'] as const;

/** data/observations.csv: one row per value a source reports, with its citation. */
export const observationSchema = z
  .object({
    indicator: slug.required().describe('Indicator id'),
    period: period.required().describe('Time covered: 2022, 2022-H1, 2023-Q1, 2023-03-27, or a span 2017/2022'),
    value: number.required().describe('The value in plain machine form: 10183, 108.7'),
    qualifier: oneOf(QUALIFIERS).optional().describe('over (trên, hơn), nearly (gần), about (khoảng), under (dưới), at-least; empty when exact'),
    total: number.optional().describe('The y of "x/y", or N of "rank among N"'),
    stated_percent: number.optional().describe('A percentage printed with the value (108.7 for "đạt 108,7%")'),
    percent_base: oneOf(PERCENT_BASES).optional().describe('plan: percent of plan or estimate; share: share of the total or of the whole'),
    source: slug.required().describe('Source id'),
    line: positiveInteger.required().describe('1-based line of the source file'),
    quote: quote.required().describe('Verbatim excerpt of that line, at most 200 characters, with the number as printed'),
    printed: text.optional().describe('The value as written in words when it is not in digits (một, hai)'),
    note_vi: text.optional().describe('Note in Vietnamese'),
    note_en: text.optional().describe('Note in English'),
  })
  .superRefine((r, ctx) => {
    if (r.stated_percent !== undefined && !r.percent_base) {
      issueAt(ctx, 'percent_base', {
        vi: 'có stated_percent thì ghi percent_base: plan (so với kế hoạch) hoặc share (tỷ lệ trên tổng)',
        en: 'with a stated_percent, write percent_base: plan (of the plan) or share (of the total)',
      });
    }
    if (r.stated_percent === undefined && r.percent_base) {
      issueAt(ctx, 'percent_base', {
        vi: 'percent_base chỉ dùng khi có stated_percent; để trống',
        en: 'percent_base only goes with a stated_percent; leave it empty',
      });
    }
    if (r.total !== undefined && r.value !== undefined && r.total < r.value) {
      issueAt(ctx, 'total', {
        vi: `tổng (${r.total}) nhỏ hơn giá trị (${r.value}); trong "x/y" thì x ≤ y`,
        en: `the total (${r.total}) is less than the value (${r.value}); in "x/y", x ≤ y`,
      });
    }
  });

export type Observation = z.output<typeof observationSchema>;
