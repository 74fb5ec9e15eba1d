import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/draft/kind.ts';
import { wordNumbers } from '../../src/lib/draft/draft.ts';
import { occurrences } from '../../src/lib/draft/occurrence.ts';
import { periodOf } from '../../src/lib/draft/period.ts';
import { quoteOf } from '../../src/lib/draft/quote.ts';
import { htmlToLines, plainToLines } from '../../src/lib/draft/source-text.ts';

const at = (line: string, printed: string, nth = 0) => occurrences(line).filter((o) => o.printed === printed)[nth]!;

describe('occurrences', () => {
  it('finds each token of the project tokeniser where it is printed, a repeated token at each place', () => {
    const line = 'kết nạp 10.183 đảng viên, đạt 108,7%; 14/14 chỉ tiêu';
    expect(occurrences(line).map((o) => [o.printed, o.value, line.slice(o.start, o.end)])).toEqual([
      ['10.183', 10183, '10.183'], ['108,7', 108.7, '108,7'], ['14', 14, '14'], ['14', 14, '14'],
    ]);
    expect(at(line, '14', 1).start).toBe(line.lastIndexOf('14'));
  });
});

describe('what a number is', () => {
  const cases: [string, string, string][] = [
    ['Chương trình số 01-CTr/TU ngày 17/3/2021 về', '01', 'code'],
    ['Chương trình số 01-CTr/TU ngày 17/3/2021 về', '17', 'date'],
    ['Chương trình số 01-CTr/TU ngày 17/3/2021 về', '2021', 'date'],
    ['Nghị quyết số 15-NQ/TU ngày 4.7.2017 của', '4.7.2017', 'date'],
    ['Nghị định 62/2020/NĐ-CP của Chính phủ', '62', 'code'],
    ['ngay từ đầu nhiệm kỳ 2020 - 2025, Thành ủy', '2025', 'period-name'],
    ['Bước sang năm 2022, nền kinh tế', '2022', 'year'],
    ['6 tháng đầu năm 2022, mặc dù', '6', 'period-name'],
    ['đạt được sau hơn 5 năm triển khai thực hiện', '5', 'duration'],
    ['giữ vững trong suốt 94 năm qua để tiếp tục', '94', 'duration'],
    ['2. Công tác xây dựng Đảng', '2', 'section'],
    ['3.1.\tĐảng bộ cấp trên cơ sở', '3.1', 'section'],
    ['47 Trong đó: 12 Chương trình', '47', 'footnote-mark'],
    ['Hội nghị lần thứ 8 Ban Chấp hành', '8', 'ordinal'],
    ['phòng, chống dịch Covid-19 trong tình hình mới', '19', 'name'],
    ['20/12/2022 3:46 PM', '46', 'time'],
    ['phấn đấu hoàn thành 16/16 chỉ tiêu', '16', 'aim'],
    ['toàn Thành phố kết nạp 10.183 đảng viên', '10.183', 'observation'],
    ['PAPI xếp thứ 12/63 tỉnh, thành phố', '12', 'observation'],
    ['năm 2022: 845 cán bộ được đánh giá', '845', 'observation'],
  ];
  it.each(cases)('%s: %s is %s', (line, printed, kind) => {
    expect(classify(line, at(line, printed))).toBe(kind);
  });
});

describe('numbers written in words', () => {
  it('are proposed where a known unit follows, not in "một số" or "năm 2022"', () => {
    const units = new Set(['đảng bộ', 'tổ chức']);
    const line = 'Năm 2022, một số nơi đã thành lập mới một Đảng bộ cấp trên cơ sở và hai tổ chức đảng';
    expect(wordNumbers(line, units).map((o) => [o.printed, o.value, line.slice(o.start, o.end)])).toEqual([['một', 1, 'một'], ['hai', 2, 'hai']]);
    expect(wordNumbers(line, units)[0]!.start).toBe(line.indexOf('một Đảng'));
  });
});

describe('the period a number covers', () => {
  const line = (s: string, printed: string) => periodOf(s, at(s, printed), '2020-10', '2023-03');
  it('reads what the sentence states, in the data\'s syntax', () => {
    expect(line('6 tháng đầu năm 2022, kết nạp 5.012 đảng viên', '5.012')).toBe('2022-H1');
    expect(line('quý I/2023 kết nạp 2.241 đảng viên', '2.241')).toBe('2023-Q1');
    expect(line('Tính đến ngày 27/3/2023, có 20 đơn vị', '20')).toBe('2023-03-27');
    expect(line('Từ đầu nhiệm kỳ đến ngày 27/3/2023, kết nạp 26.000 đảng viên', '26.000')).toBe('2020-10/2023-03-27');
    expect(line('Năm 2021 đạt 97,3% số lớp', '97,3')).toBe('2021');
    expect(line('giai đoạn 2017-2022 giảm 1.473 biên chế', '1.473')).toBe('2017-2022'.replace('-', '/'));
  });
  it('falls back to the whole term to the source\'s date, and ignores horizons', () => {
    expect(line('Thành ủy đã ban hành 12 nghị quyết', '12')).toBe('2020-10/2023-03');
    expect(line('hoàn thành 3 đề án, tầm nhìn đến năm 2030', '3')).toBe('2020-10/2023-03');
  });
});

describe('the quote', () => {
  const line = 'Về công tác phát triển đảng viên, toàn Thành phố kết nạp 26.009 đảng viên, đạt 108,7% kế hoạch; quý 1/2023 kết nạp 2.241 đảng viên';
  it('is a verbatim slice of the line holding the number, short, and within 200 characters', () => {
    for (const o of occurrences(line)) {
      const q = quoteOf(line, o);
      expect(line).toContain(q);
      expect(q).toContain(o.printed);
      expect(q.length).toBeLessThanOrEqual(200);
      expect(q.length).toBeLessThan(line.length);
    }
    expect(quoteOf(line, at(line, '26.009'))).toBe('toàn Thành phố kết nạp 26.009 đảng viên');
  });
  it('cuts a long clause around the number on word boundaries', () => {
    const long = `${'rất nhiều chữ '.repeat(30)}kết nạp 10.183 đảng viên ${'và nhiều chữ nữa '.repeat(20)}`;
    const q = quoteOf(long, at(long, '10.183'));
    expect(q.length).toBeLessThanOrEqual(200);
    expect(long).toContain(q);
    expect(q).toContain('10.183 đảng viên');
  });
});

describe('source text', () => {
  it('turns HTML into one paragraph per line, footnote marks into superscripts, footnotes into their own lines', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body><nav>Trang chủ</nav>
      <h1>Kết quả năm 2023</h1><p>Toàn Thành phố kết nạp <b>10.183</b>
      đảng viên<sup>1</sup>, đạt 108,7%.</p><p>Đã giao 11 cơ quan <a href="#_ftn2">[2]</a> chủ trì.</p>
      <table><tr><th>TT</th><th>Chỉ tiêu</th><th>Kết quả</th></tr><tr><td>1</td><td>Số đảng viên mới</td><td>26.009</td></tr></table>
      <p><sup>1</sup> Tính đến 27/3/2023.</p><p><a href="#_ftnref2">[2]</a> Gồm các sở, ngành.</p><footer>Bản quyền</footer></body></html>`;
    expect(htmlToLines(html)).toEqual([
      'Kết quả năm 2023',
      'Toàn Thành phố kết nạp 10.183 đảng viên¹, đạt 108,7%.',
      'Đã giao 11 cơ quan² chủ trì.',
      'TT\tChỉ tiêu\tKết quả',
      '1\tSố đảng viên mới\t26.009',
      '¹ Tính đến 27/3/2023.',
      '² Gồm các sở, ngành.',
    ]);
  });
  it('writes footnotes kept as an ordered list as lines opening with their mark', () => {
    const html = '<p>Có 12 đơn vị<sup><a href="#fn1">1</a></sup>.</p><section class="footnotes"><ol><li><p>Gồm các sở.</p></li><li>Tính đến 27/3/2023.</li></ol></section>';
    expect(htmlToLines(html)).toEqual(['Có 12 đơn vị¹.', '¹ Gồm các sở.', '² Tính đến 27/3/2023.']);
  });
  it('joins lines wrapped inside blank-line paragraphs, keeps one-line paragraphs, and writes NFC', () => {
    expect(plainToLines('Dòng một\ntiếp tục.\n\nDòng hai.\n')).toEqual(['Dòng một tiếp tục.', 'Dòng hai.']);
    expect(plainToLines('Một.\r\nHai.\r\n')).toEqual(['Một.', 'Hai.']);
    const nfd = 'Đảng viên'.normalize('NFD');
    expect(plainToLines(nfd)).toEqual(['Đảng viên'.normalize('NFC')]);
  });
});
