import { describe, expect, it } from 'vitest';
import { fold, search, type SearchEntry } from '../../src/lib/search.ts';

const entry = (t: string): SearchEntry => ({ k: 'i', t, u: '/', c: '', f: fold(t) });
const entries = ['Số đảng viên mới được kết nạp', 'Tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ', 'Bãi bỏ thủ tục hành chính'].map(entry);

describe('search without diacritics', () => {
  it('folds Vietnamese to plain letters', () => {
    expect(fold('Kết nạp Đảng viên')).toBe('ket nap dang vien');
    expect(fold('Thủ tục hành chính (TTHC)')).toBe('thu tuc hanh chinh tthc');
  });
  it('finds "kết nạp đảng viên" from "ket nap dang vien"', () => {
    expect(search(entries, 'ket nap dang vien').map((e) => e.t)).toEqual(['Số đảng viên mới được kết nạp']);
  });
  it('also with diacritics and in any case', () => {
    expect(search(entries, 'THỦ TỤC').map((e) => e.t)).toEqual(['Bãi bỏ thủ tục hành chính']);
  });
  it('needs every word', () => {
    expect(search(entries, 'dang hanh chinh')).toEqual([]);
    expect(search(entries, '  ')).toEqual([]);
  });
});
