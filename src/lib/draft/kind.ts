/**
 * Is a printed number a fact, or one of the kinds of number that are not (a date, a
 * document code, a section number…)? The reasons are exactly those exclusions.csv
 * accepts; anything no rule recognises is proposed as an observation, because a fact
 * wrongly proposed is caught by the editor, a fact wrongly excluded is lost.
 */
import type { EXCLUSION_REASONS } from '../../schemas/exclusions.ts';
import type { Occurrence } from './occurrence.ts';
import { clauseOf } from './clause.ts';

export type Kind = 'observation' | (typeof EXCLUSION_REASONS)[number];

const YEAR = /^(19[3-9]\d|20[0-6]\d)$/;
/** Words after which a number counts a place in a series, not an amount. */
const ORDINAL_BEFORE = /(lần thứ|thứ|hội nghị trung ương|nghị quyết trung ương|trung ương|giai đoạn|mũi|ảnh|đợt)\s*$/iu;
/** Words after which a number is part of a name. */
const NAME_BEFORE = /(covid\s*-\s*|vành đai\s+|ban chỉ đạo\s+|nhà số\s+|đoàn (kiểm tra|công tác) số\s+|mức độ\s+(\d+,\s*)?|quận\s+|phường\s+)$/iu;
/** Words that make a spread of years the name of a term or a planning period. */
const PERIOD_NAME_BEFORE = /(nhiệm kỳ|giai đoạn|thời kỳ|khóa|khoá|kế hoạch|chiến lược)\s*(từ\s*)?$/iu;
/** A clause stating what is to be reached, not what was. */
const AIM = /phấn đấu|mục tiêu|chỉ tiêu đề ra là|dự kiến/iu;
/** Words before a day/month pair that make it a date. */
const DATE_BEFORE = /(ngày|sáng|chiều|tối|hôm|từ|đến|trước|sau|tháng)\s*$/iu;

export function classify(line: string, o: Occurrence): Kind {
  const before = line.slice(0, o.start);
  const after = line.slice(o.end);
  const prev = before.slice(-40);

  // 3:46 PM
  if (/\d:$/.test(before) || /^:\d{2}/.test(after)) return 'time';
  // 4.7.2017, as a single token
  if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(o.printed)) return 'date';
  // before codes: "Vành đai 4 - Vùng Thủ đô" is a name, not code 4-V…
  if (NAME_BEFORE.test(prev)) return 'name';
  // 01-CTr/TU, 21- NQ/TW, "18, 19-NQ/TW", 62/2020/NĐ-CP, 549/NQ-UBTVQH15
  if (/^[-–]\s?\p{Lu}/u.test(after) || /^(,\s*\d+)+[-–]\p{Lu}/u.test(after)) return 'code';
  if (/^\/(\d{4}\/)?\p{Lu}/u.test(after)) return 'code';
  // footnote text printed with plain digits at the start of a line: "47 Trong đó: …"
  if (o.start === 0 && /^ \p{Lu}/u.test(after) && !/^ \p{Lu}\p{Ll}*\s+\d/u.test(after) && o.value < 200) {
    return /^\s*\p{Lu}\p{Ll}+ đó/u.test(after) ? 'footnote-mark' : 'section';
  }
  // 1. / 1.2. / 3.1 + tab at the start of a line
  if (/^[\s*#+-]*$/.test(before) && /^(\.(\s|$)|\.?\t|$)/.test(after) && /^\d{1,2}(\.\d{1,2})*$/.test(o.printed)) return 'section';
  // day/month/year, day/month after a date word, month/year
  if (/^[/-]\d{1,2}[/-]\d{4}/.test(after) || /\d{1,2}[/-]$/.test(before) && /^[/-]\d{4}/.test(after)) return 'date';
  if (/\d{1,2}[/-]\d{1,2}[/-]$/.test(before) && YEAR.test(o.printed)) return 'date';
  if (/^\/\d{1,2}(?!\d)/.test(after) && DATE_BEFORE.test(before) && o.value <= 31) return 'date';
  if (/\d\/$/.test(before) && DATE_BEFORE.test(before.replace(/\d+\/$/, '')) && o.value <= 12) return 'date';
  if (/^\/\d{4}/.test(after) && o.value <= 12) return 'date';
  // spans of years: "nhiệm kỳ 2020 - 2025"
  if (YEAR.test(o.printed)) {
    const span = /(\d{4})\s*[-–]\s*$/.exec(before);
    const head = span ? before.slice(0, span.index) : before;
    if ((span || /^\s*[-–]\s*\d{4}/.test(after)) && PERIOD_NAME_BEFORE.test(head)) return 'period-name';
    return 'year';
  }
  // a number of years or months: a length of time ("sau hơn 5 năm", "94 năm qua"), or part of
  // the name of a period or a review ("6 tháng đầu năm", "tổng kết 5 năm thực hiện")
  if (/^\s+(tháng|năm)(\s|$|,)/u.test(after) && o.value <= 100 && !/^\s+năm\s+\d{4}/u.test(after)) {
    return /(sau|hơn|suốt|trong|gần)\s*$/iu.test(before) || /^\s+(năm|tháng)\s+qua\b/u.test(after) ? 'duration' : 'period-name';
  }
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return 'ordinal';
  // "xếp thứ 12/63" is a rank, a fact
  if (ORDINAL_BEFORE.test(prev) && !/xếp\s+thứ\s*$/iu.test(prev)) return 'ordinal';
  const [c0] = clauseOf(line, o);
  if (AIM.test(line.slice(c0, o.start))) return 'aim';
  return 'observation';
}
