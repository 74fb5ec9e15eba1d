import { describe, expect, it } from 'vitest';
import { parseMachineNumber, parsePrinted, printedTokens } from '../../src/lib/number.ts';

describe('parseMachineNumber', () => {
  it.each([
    ['10183', 10183], ['108.7', 108.7], ['0', 0], ['-3.5', -3.5], ['02', 2], ['9.7290', 9.729], [' 42 ', 42],
  ])('reads %j as %d', (raw, value) => {
    expect(parseMachineNumber(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['9.729', 'for 9,729 write 9729'],
    ['1.234.567', 'for 1,234,567 write 1234567'],
    ['108,7', 'write 108.7'],
    ['6.482,91', 'write 6482.91'],
    ['1,234', 'write 1234 for the whole number, or 1.2340 for the decimal'],
    ['10 183', 'write it without them, e.g. 10183'],
    ['108,7%', 'drop the % sign; write the bare number, e.g. 108.7'],
    ['mười', 'not a number'],
    ['1e3', 'not a number'],
  ])('rejects %j and says how to write it', (raw, hint) => {
    const r = parseMachineNumber(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.en).toContain(hint);
      expect(r.problem.vi.length).toBeGreaterThan(10);
    }
  });
});

describe('printed numbers in the sources', () => {
  it('reads the Vietnamese print format', () => {
    expect(parsePrinted('10.183')).toBe(10183);
    expect(parsePrinted('108,7')).toBe(108.7);
    expect(parsePrinted('6.482,91')).toBe(6482.91);
    expect(parsePrinted('09')).toBe(9);
  });
  it('finds every number token in a line', () => {
    expect(printedTokens('kết nạp 9.729 đảng viên, đạt 108,1%; 52/54 TCCSĐ')).toEqual(['9.729', '108,1', '52', '54']);
  });
});
