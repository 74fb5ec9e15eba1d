/** An arithmetic check in words, for the reader. */
import { t } from '../i18n/index.ts';
import type { ArithmeticCheck } from './arithmetic.ts';
import { formatNumber, formatPercent, formatPeriod, type Lang } from './format.ts';

export function checkText(lang: Lang, c: ArithmeticCheck): string {
  const tr = t(lang);
  const n = (x: number) => formatNumber(lang, x);
  const key = `check.${c.kind}.${c.ok ? 'ok' : 'bad'}` as const;
  if (c.kind === 'share') {
    const base = c.whole.total ?? c.parts[0]?.value ?? 0;
    return tr(key, {
      value: n(c.whole.value), base: n(base),
      computed: formatPercent(lang, Math.round(c.computed * 100) / 100), reported: formatPercent(lang, c.reported),
    });
  }
  const parts = c.kind === 'parts' ? c.parts.map((p) => n(p.value)).join(' + ') : c.parts.map((p) => `${formatPeriod(lang, p.period)}: ${n(p.value)}`).join('; ');
  const computed = c.kind === 'periods-mean' ? n(Math.round(c.computed * 100) / 100) : n(c.computed);
  return tr(key, {
    parts, computed, reported: n(c.reported), diff: n(Math.abs(c.reported - c.computed)),
    period: formatPeriod(lang, c.whole.period),
  });
}
