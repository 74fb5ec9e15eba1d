import { describe, expect, it } from 'vitest';
import { htmlLength, pageTitle, shorten } from '../../src/lib/text.ts';

describe('page titles', () => {
  it('keep the site name when it fits', () => {
    expect(pageTitle('Sources', 'Targets and results')).toBe('Sources · Targets and results');
  });
  it('drop it, then cut at a word, to fit 70 characters as written in HTML', () => {
    const t = pageTitle("Full-time deputies of the city People's Council", 'Targets and results');
    expect(t).toBe("Full-time deputies of the city People's Council");
    const long = pageTitle('Số đảng viên trong các tổ chức đảng mới thành lập ở doanh nghiệp ngoài khu vực nhà nước', 'Chỉ tiêu và kết quả');
    expect(htmlLength(long)).toBeLessThanOrEqual(70);
    expect(long.endsWith('…')).toBe(true);
  });
  it('count entities the way a validator reads the source', () => {
    expect(htmlLength(`a'b&c"d<`)).toBe(1 + 5 + 1 + 5 + 1 + 6 + 1 + 4);
    expect(shorten('một hai ba bốn năm', 10)).toBe('một hai…');
  });
});
