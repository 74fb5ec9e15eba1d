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
    const column = ind.target_kind === 'plan' ? 'stated_percent' : 'value';
    if (v !== undefined && target !== undefined && target > 0 && v > 3 * target) {
      out.push({
        file, row: o.row, column, value: String(v),
        vi: ind.target_kind === 'plan'
          ? `đạt hơn 300% kế hoạch; kiểm tra xem value và stated_percent có bị đổi chỗ hay số đã chép sai`
          : `kết quả lớn hơn ba lần chỉ tiêu (${target}); kiểm tra đơn vị hoặc số đã chép`,
        en: ind.target_kind === 'plan'
          ? `more than 300% of plan; check that value and stated_percent are not swapped and the figure is copied right`
          : `the result is more than three times its target (${target}); check the unit or the figure copied`,
      });
    }
    // A third of the target: a dropped digit (1051 for 10512) looks like this.
    const floor = ind.target_kind === 'plan' ? 100 : ind.target_low ?? ind.target_high;
    if (v !== undefined && floor !== undefined && floor > 0 && ind.higher_is_better !== false && v < floor / 3) {
      out.push({
        file, row: o.row, column, value: String(v),
        vi: `kết quả chưa bằng một phần ba chỉ tiêu (${floor}); kiểm tra số đã chép (thiếu một chữ số?) hoặc đơn vị`,
        en: `the result is under a third of its target (${floor}); check the figure copied (a digit dropped?) or the unit`,
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
