/**
 * Column types shared by the CSV schemas. Each turns the text of a cell into a clean
 * value once, at the edge; an unreadable cell becomes an issue whose message says, in
 * Vietnamese and English, what to write instead.
 */
import { z } from 'zod';
import { parseMachineNumber } from '../lib/number.ts';
import { parsePeriod } from '../lib/period.ts';
import type { Problem } from '../lib/problem.ts';

type Ctx = z.RefinementCtx;

export function fail(ctx: Ctx, p: Problem): never {
  ctx.addIssue({ code: 'custom', message: p.en, params: { vi: p.vi } });
  return z.NEVER as never;
}

const EMPTY: Problem = { vi: 'ô này không được để trống', en: 'this cell must not be empty' };

/** Wraps a cell parser: trims, and makes empty cells an error (required) or undefined (optional). */
function cell<T>(parse: (s: string, ctx: Ctx) => T) {
  return {
    required: () => z.string().transform((raw, ctx) => {
      const s = raw.trim();
      return s === '' ? fail(ctx, EMPTY) : parse(s, ctx);
    }),
    optional: () => z.string().optional().transform((raw, ctx) => {
      const s = (raw ?? '').trim();
      return s === '' ? undefined : parse(s, ctx);
    }),
  };
}

export const text = cell((s) => s);

export const slug = cell((s, ctx) =>
  /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s)
    ? s
    : fail(ctx, {
        vi: 'mã định danh chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, ví dụ new-members-admitted',
        en: 'an id is lower-case ASCII letters, digits and hyphens, e.g. new-members-admitted',
      }),
);

export const number = cell((s, ctx) => {
  const r = parseMachineNumber(s);
  return r.ok ? r.value : fail(ctx, r.problem);
});

export const positiveInteger = cell((s, ctx) => {
  const r = parseMachineNumber(s);
  if (r.ok && Number.isInteger(r.value) && r.value > 0) return r.value;
  return fail(ctx, {
    vi: 'cần một số nguyên dương, ví dụ 117',
    en: 'expected a positive whole number, e.g. 117',
  });
});

export const year = cell((s, ctx) =>
  /^(19|20)\d{2}$/.test(s)
    ? Number(s)
    : fail(ctx, { vi: 'cần một năm bốn chữ số, ví dụ 2025', en: 'expected a four-digit year, e.g. 2025' }),
);

export const isoDate = cell((s, ctx) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (d && d.toISOString().slice(0, 10) === s) return s;
  return fail(ctx, {
    vi: 'cần ngày dạng năm-tháng-ngày, ví dụ 2021-03-17 cho ngày 17/3/2021',
    en: 'expected a date as year-month-day, e.g. 2021-03-17 for 17 March 2021',
  });
});

export const period = cell((s, ctx) => {
  const r = parsePeriod(s);
  return r.ok ? r.value : fail(ctx, r.problem);
});

export function oneOf<const T extends readonly string[]>(values: T) {
  return cell((s, ctx) =>
    (values as readonly string[]).includes(s)
      ? (s as T[number])
      : fail(ctx, {
          vi: `giá trị không hợp lệ; chọn một trong: ${values.join(', ')}`,
          en: `not an allowed value; use one of: ${values.join(', ')}`,
        }),
  );
}

export const yesNo = cell((s, ctx) => {
  if (s === 'yes') return true;
  if (s === 'no') return false;
  return fail(ctx, { vi: 'viết yes, no hoặc để trống', en: 'write yes, no, or leave it empty' });
});

export const MAX_QUOTE = 200;

export const quote = cell((s, ctx) =>
  [...s].length <= MAX_QUOTE
    ? s
    : fail(ctx, {
        vi: `trích dẫn dài ${[...s].length} ký tự; tối đa ${MAX_QUOTE}, hãy cắt bớt (vẫn giữ nguyên văn)`,
        en: `the quote is ${[...s].length} characters long; at most ${MAX_QUOTE}, shorten it (still verbatim)`,
      }),
);

/** The issue to attach to a column from a row-level rule. */
export function issueAt(ctx: Ctx, column: string, p: Problem): void {
  ctx.addIssue({ code: 'custom', path: [column], message: p.en, params: { vi: p.vi } });
}

/** A number exactly as a source prints it (`9.729`, `108,7`), never converted. */
export const printedToken = cell((s, ctx) =>
  /^\d+(?:[.,]\d+)*$/.test(s)
    ? s
    : fail(ctx, {
        vi: 'ghi đúng con số như in trong nguồn, ví dụ 2021 hoặc 9.729',
        en: 'write the number exactly as the source prints it, e.g. 2021 or 9.729',
      }),
);
