import { z } from 'zod';
import { isoDate, issueAt, oneOf, slug, text } from './columns.ts';

export const SOURCE_KINDS = ['article', 'report'] as const;

/** data/sources.csv: one row per source document in the seeds folder. */
export const sourceSchema = z
  .object({
    id: slug.required().describe('Stable id cited by the other files, e.g. report-2023-midterm'),
    file: text.required().describe("The file's name in the sources folder, e.g. 003_aba1079762707fe1.txt"),
    kind: oneOf(SOURCE_KINDS).required().describe('article (news) or report (official document)'),
    title_vi: text.required().describe('Title in Vietnamese'),
    title_en: text.required().describe('Title in English'),
    publisher: text.optional().describe('Publisher, only where the document states it'),
    date_from: isoDate.required().describe('Earliest date the document can have (YYYY-MM-DD)'),
    date_to: isoDate.required().describe('Latest date the document can have; equal to date_from when dated in the text'),
    date_evidence_vi: text.required().describe('Why these dates, in Vietnamese'),
    date_evidence_en: text.required().describe('Why these dates, in English'),
  })
  .superRefine((r, ctx) => {
    if (r.date_from && r.date_to && r.date_to < r.date_from) {
      issueAt(ctx, 'date_to', {
        vi: `date_to (${r.date_to}) đứng trước date_from (${r.date_from})`,
        en: `date_to (${r.date_to}) is before date_from (${r.date_from})`,
      });
    }
  });

export type Source = z.output<typeof sourceSchema>;
