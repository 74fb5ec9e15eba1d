import { describe, expect, it } from 'vitest';
import { compareText, formatDate, formatDateRange, formatNumber, formatPercent, formatPeriod } from '../../src/lib/format.ts';
import { parsePeriod } from '../../src/lib/period.ts';

const p = (s: string) => {
  const r = parsePeriod(s);
  if (!r.ok) throw new Error(s);
  return r.value;
};

describe('numbers per language', () => {
  it.each([
    [10183, '10.183', '10,183'],
    [108.7, '108,7', '108.7'],
    [6482.91, '6.482,91', '6,482.91'],
    [324100, '324.100', '324,100'],
    [0.85, '0,85', '0.85'],
  ])('%d reads %s in Vietnamese and %s in English', (n, vi, en) => {
    expect(formatNumber('vi', n)).toBe(vi);
    expect(formatNumber('en', n)).toBe(en);
  });
  it('writes percentages without a space', () => {
    expect(formatPercent('vi', 108.7)).toBe('108,7%');
    expect(formatPercent('en', 108.7)).toBe('108.7%');
  });
});

describe('periods and dates per language', () => {
  it.each([
    ['2022', '2022', '2022'],
    ['2022-H1', '6 tháng đầu năm 2022', 'H1 2022'],
    ['2023-Q1', 'quý I/2023', 'Q1 2023'],
    ['2023-03', 'tháng 3/2023', 'March 2023'],
    ['2023-03-27', '27/3/2023', '27 March 2023'],
    ['2017/2022', '2017–2022', '2017–2022'],
    ['2020-10/2023-03', '10/2020 – 3/2023', 'Oct 2020 – Mar 2023'],
    ['2020/2023-Q1', '2020 – quý I/2023', '2020 – Q1 2023'],
  ])('%s', (raw, vi, en) => {
    expect(formatPeriod('vi', p(raw))).toBe(vi);
    expect(formatPeriod('en', p(raw))).toBe(en);
  });
  it('says "năm" before a lone year in Vietnamese prose', () => {
    expect(formatPeriod('vi', p('2022'), { prose: true })).toBe('năm 2022');
    expect(formatPeriod('en', p('2022'), { prose: true })).toBe('2022');
  });
  it('writes dates and approximate dates', () => {
    expect(formatDate('vi', '2022-12-20')).toBe('20/12/2022');
    expect(formatDate('en', '2022-12-20')).toBe('20 December 2022');
    expect(formatDateRange('vi', '2023-03-28', '2023-06-30', 'khoảng')).toBe('khoảng 3/2023 – 6/2023');
    expect(formatDateRange('en', '2022-12-20', '2022-12-20', 'about')).toBe('20 December 2022');
  });
});

describe('sorting', () => {
  it('uses Vietnamese collation for Vietnamese', () => {
    const words = ['Đảng viên', 'Dân vận', 'Ủy ban', 'Uông', 'an ninh', 'Bầu cử'];
    expect([...words].sort((a, b) => compareText('vi', a, b))).toEqual(['an ninh', 'Bầu cử', 'Dân vận', 'Đảng viên', 'Uông', 'Ủy ban']);
  });
});

describe('labels inside a sentence', async () => {
  const { inSentence, listOf } = await import('../../src/lib/phrase.ts');
  it('lower-case a common label, keep names and abbreviations', () => {
    expect(inSentence('Số đơn vị sự nghiệp')).toBe('số đơn vị sự nghiệp');
    expect(inSentence('Ban Thường vụ Thành ủy')).toBe('Ban Thường vụ Thành ủy');
    expect(inSentence('TCCSĐ yếu kém')).toBe('TCCSĐ yếu kém');
    expect(inSentence('Public service units')).toBe('public service units');
  });
  it('list items, with semicolons when the items hold commas', () => {
    expect(listOf('vi', ['a', 'b', 'c'])).toBe('a, b và c');
    expect(listOf('en', ['a: 1, 2', 'b'])).toBe('a: 1, 2; and b');
  });
});
