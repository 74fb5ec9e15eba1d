/**
 * Data that is valid but odd: it builds, yet an editor should look at it once. Printed
 * once per build and listed on the editors' warnings page. Like Plot's warnings, these
 * never stop anything.
 */
import type { Dataset } from './dataset.ts';
import { FILES } from './dataset.ts';
import type { DataProblem } from './problem.ts';
import { comparedValue, JUDGED, status } from './status.ts';

/** The 17th term: from the Congress in October 2020 to the end of 2025. */
export const TERM = { start: '2020-10-01', end: '2025-12-31' };

export function dataWarnings(d: Dataset, dirLabel = 'data'): DataProblem[] {
  const out: DataProblem[] = [];
  const file = `${dirLabel}/${FILES.observations}`;
  const indicators = new Map(d.indicators.map((i) => [i.id, i]));
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  for (const o of d.observations) {
    const ind = indicators.get(o.indicator);
    if (!ind) continue;
    // Only a result that is judged against its target: a multi-year total is not.
    const v = JUDGED.includes(status(ind, o)) ? comparedValue(ind, o) : undefined;
    const target = ind.target_kind === 'plan' ? 100 : ind.target_high ?? ind.target_low;
    if (v !== undefined && target !== undefined && target > 0 && v > 3 * target) {
      out.push({
        file, row: o.row, column: ind.target_kind === 'plan' ? 'stated_percent' : 'value', value: String(v),
        vi: `kết quả lớn hơn ba lần chỉ tiêu (${target}); kiểm tra đơn vị hoặc số đã chép`,
        en: `the result is more than three times its target (${target}); check the unit or the figure copied`,
      });
    }
    if (o.period.end < TERM.start || o.period.start > TERM.end) {
      out.push({
        file, row: o.row, column: 'period', value: o.period.raw,
        vi: 'kỳ này nằm ngoài nhiệm kỳ 2020–2025; kiểm tra lại nếu không cố ý',
        en: 'this period lies outside the 2020–2025 term; check it unless it is meant',
      });
    }
    const s = sources.get(o.source);
    if (s && o.period.start > s.date_to) {
      out.push({
        file, row: o.row, column: 'period', value: o.period.raw,
        vi: `kỳ bắt đầu sau ngày muộn nhất của nguồn (${s.date_to}); nguồn không thể báo cáo kỳ này`,
        en: `the period starts after the source's latest date (${s.date_to}); the source cannot report it`,
      });
    }
  }
  return out;
}
