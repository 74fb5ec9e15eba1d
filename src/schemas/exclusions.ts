import { z } from 'zod';
import { oneOf, positiveInteger, printedToken, slug } from './columns.ts';

/**
 * data/exclusions.csv: numbers printed in a source that are not facts (a date, a
 * document code, a name). With the observations, this accounts for every number in
 * every source, so a fact never extracted, or an observation deleted by mistake,
 * shows up in the check.
 */
export const EXCLUSION_REASONS = [
  'date', 'year', 'code', 'ordinal', 'name', 'section', 'footnote-mark', 'time',
  'period-name', 'aim', 'duration',
] as const;

export const exclusionSchema = z.object({
  source: slug.required().describe('Source id'),
  line: positiveInteger.required().describe('1-based line of the source'),
  token: printedToken.required().describe('The number exactly as printed on that line, e.g. 2021'),
  reason: oneOf(EXCLUSION_REASONS).required().describe(
    'Why it is not a fact: date, year, code (document number), ordinal, name, section, footnote-mark, time, period-name (part of a name such as "nhiệm kỳ 2020-2025"), aim (a goal, not a result), duration (a length of time such as "hơn 5 năm")',
  ),
});

export type Exclusion = z.output<typeof exclusionSchema>;
