import { describe, expect, it } from 'vitest';
import { checkPrinted, findPrinted, printedAt, printedValue } from '../../src/lib/printed.ts';
import { formatProblems } from '../../src/lib/problem.ts';
import { parsePeriod } from '../../src/lib/period.ts';
import type { Observation } from '../../src/schemas/observations.ts';

const period = (() => { const r = parsePeriod('2022'); if (!r.ok) throw new Error('period'); return r.value; })();
const row = (o: Partial<Observation> & { value: number; quote: string }) =>
  ({ indicator: 'x', period, source: 's', line: 1, row: 7, ...o }) as Observation & { row: number };
const check = (o: Partial<Observation> & { value: number; quote: string }) => formatProblems(checkPrinted(row(o), 'data/observations.csv'));

describe('the printed number', () => {
  it('reads digits the Vietnamese way and a short list of number words', () => {
    expect(printedValue('9.729')).toBe(9729);
    expect(printedValue('108,7')).toBe(108.7);
    expect(printedValue('02')).toBe(2);
    expect(printedValue('một')).toBe(1);
    expect(printedValue('đảng viên')).toBeUndefined();
  });

  it('stands in the quote only as a whole number', () => {
    expect(printedAt('kết nạp 10.512 đảng viên', '10')).toEqual([]);
    expect(printedAt('kết nạp 10.512 đảng viên', '512')).toEqual([]);
    expect(printedAt('đạt 100%, 10 đơn vị', '10')).toEqual([10]);
    expect(printedAt('Thành lập mới một Đảng bộ', 'một')).toEqual([14]);
  });

  it('is found when the quote leaves no doubt, and left to an editor when it does not', () => {
    expect(findPrinted({ value: 9729, quote: 'kết nạp 9.729 đảng viên, đạt 108,1%' }).printed).toBe('9.729');
    expect(findPrinted({ value: 14, total: 14, quote: '14/14 chỉ tiêu' }).printed).toBe('14');
    expect(findPrinted({ value: 1, quote: 'thành lập mới một Đảng bộ' }).printed).toBe('một');
    expect(findPrinted({ value: 5, quote: 'trong năm 2022' }).printed).toBeUndefined();
    expect(findPrinted({ value: 2, quote: 'tăng 2 đơn vị, còn 02 đơn vị' })).toEqual({ candidates: ['2', '02'] });
    expect(findPrinted({ value: 2, qualifier: 'over', quote: 'tăng 2 đơn vị, còn trên 02 đơn vị' }).printed).toBe('02');
  });

  it('asks for the qualifier the quote puts before the number', () => {
    const msg = check({ value: 10100, printed: '10.100', quote: 'kết nạp trên 10.100 đảng viên' });
    expect(msg).toContain('data/observations.csv, dòng/row 7, cột/column "qualifier": ""');
    expect(msg).toContain('the quote says "trên 10.100" (over 10.100) but qualifier is empty; write qualifier over');
    expect(check({ value: 10100, printed: '10.100', qualifier: 'over', quote: 'kết nạp trên 10.100 đảng viên' })).not.toContain('qualifier');
    expect(check({ value: 75, printed: '75', quote: 'đạt khoảng 75%' })).toContain('write qualifier about');
    expect(check({ value: 30, printed: '30', quote: 'có tối thiểu 30 đơn vị' })).toContain('write qualifier at-least');
  });

  it('recognises the leading zero a spreadsheet dropped', () => {
    expect(check({ value: 2, printed: '2', quote: 'tăng 02 chương trình' }))
      .toContain('the quote prints "02", not "2": the spreadsheet dropped the leading zero');
  });

  it('says nothing when value, printed and quote agree', () => {
    expect(checkPrinted(row({ value: 108.7, printed: '108,7', quote: 'đạt 108,7% kế hoạch' }), 'f')).toEqual([]);
  });
});
