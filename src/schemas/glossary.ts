import { z } from 'zod';
import { issueAt, slug, text } from './columns.ts';

/**
 * data/glossary.csv: the party and state terms the site uses, each with the one
 * English rendering every page, label and note must use. `avoid_en` lists renderings
 * found or likely in drafts that mean the same term but must not be used; a test
 * hunts them in the English paired with Vietnamese text that contains the term.
 */
const variants = text.optional().transform((s) => (s === undefined ? [] : s.split('|').map((v) => v.trim()).filter(Boolean)));

export const glossarySchema = z
  .object({
    id: slug.required().describe('Stable id, e.g. de-an'),
    term_vi: text.required().describe('The term as Vietnamese texts write it, e.g. Đề án'),
    abbr_vi: text.optional().describe('Its Vietnamese abbreviation where the sources use one, e.g. ĐA'),
    term_en: text.required().describe('The one English rendering used on the site, e.g. Scheme'),
    avoid_en: variants.describe('English renderings not to use for this term, separated by |, e.g. Project'),
    note_vi: text.required().describe('What the term means, in Vietnamese'),
    note_en: text.required().describe('What the term means, in English'),
  })
  .superRefine((r, ctx) => {
    const clash = r.avoid_en.find((v) => v.toLowerCase() === r.term_en?.toLowerCase());
    if (clash) {
      issueAt(ctx, 'avoid_en', {
        vi: `"${clash}" vừa là cách dịch đúng (term_en) vừa nằm trong danh sách cần tránh; xóa nó khỏi avoid_en`,
        en: `"${clash}" is both the rendering to use (term_en) and one to avoid; remove it from avoid_en`,
      });
    }
  });

export type GlossaryTerm = z.output<typeof glossarySchema>;
