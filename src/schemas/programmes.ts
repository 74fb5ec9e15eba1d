import { z } from 'zod';
import { isoDate, issueAt, oneOf, positiveInteger, quote, slug, text, year } from './columns.ts';

export const PROGRAMME_KINDS = [
  'congress-resolution', 'work-programme', 'resolution', 'conclusion', 'project',
  'directive', 'regulation', 'plan', 'area',
] as const;

export const ISSUERS = [
  'city-congress', 'city-committee', 'city-standing-board', 'politburo',
  'central-committee', 'secretariat', 'national-assembly', 'government',
  'city-peoples-council', 'city-peoples-committee',
] as const;

/**
 * data/programmes.csv: the policy instruments the sources report on, and the areas of
 * the report for facts tied to no instrument. The id is never the code alone: two
 * documents share the code 09-NQ/TU, and 15-NQ/TU is not 15-NQ/TW.
 */
export const programmeSchema = z
  .object({
    id: slug.required().describe('Unique id, e.g. nq-15-tu-2017'),
    code: text.optional().describe('Document code as printed, e.g. 01-CTr/TU; empty for an area'),
    kind: oneOf(PROGRAMME_KINDS).required().describe('What sort of instrument; "area" for a field of work with no instrument'),
    issuer: oneOf(ISSUERS).optional().describe('Issuing body'),
    issued: isoDate.optional().describe('Date of issue, YYYY-MM-DD, only where a source states it'),
    title_vi: text.required().describe('Title in Vietnamese'),
    title_en: text.required().describe('Title in English'),
    period_start: year.optional().describe('First year the instrument covers'),
    period_end: year.optional().describe('Last year the instrument covers'),
    parent: slug.optional().describe('Id of the programme this one implements or continues'),
    source: slug.optional().describe('Source id where the code and date are printed'),
    line: positiveInteger.optional().describe('1-based line of that source'),
    quote: quote.optional().describe('Verbatim excerpt of that line naming the instrument'),
  })
  .superRefine((r, ctx) => {
    if (r.period_start && r.period_end && r.period_end < r.period_start) {
      issueAt(ctx, 'period_end', {
        vi: `năm kết thúc (${r.period_end}) trước năm bắt đầu (${r.period_start})`,
        en: `the end year (${r.period_end}) is before the start year (${r.period_start})`,
      });
    }
    if (r.kind !== 'area' && r.kind !== 'congress-resolution' && !r.code) {
      issueAt(ctx, 'code', { vi: 'văn bản cần có số hiệu, ví dụ 01-CTr/TU', en: 'an instrument needs its code, e.g. 01-CTr/TU' });
    }
    const cited = [r.source, r.line, r.quote].filter((x) => x !== undefined).length;
    if (cited !== 0 && cited !== 3) {
      issueAt(ctx, r.source ? (r.line ? 'quote' : 'line') : 'source', {
        vi: 'trích dẫn cần đủ ba cột source, line và quote (hoặc để trống cả ba)',
        en: 'a citation needs all three of source, line and quote (or none)',
      });
    }
  });

export type Programme = z.output<typeof programmeSchema>;
