import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, readDataTexts } from '../../src/lib/dataset.ts';
import { DataError, formatProblems } from '../../src/lib/problem.ts';

const good = readDataTexts('tests/fixtures/good');

/** The good fixture with sources.csv written as the given bytes; the loader's message, or '' when it loads. */
function loadWith(file: 'sources' | 'observations', bytes: Uint8Array | string): string {
  const dir = `tests/.tmp/encoding-${file}-${Math.random().toString(36).slice(2)}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync('tests/.tmp', { recursive: true });
  cpSync('tests/fixtures/good', dir, { recursive: true });
  writeFileSync(`${dir}/${file}.csv`, bytes);
  try {
    loadDataset(dir);
    return '';
  } catch (e) {
    if (e instanceof DataError) return formatProblems(e.problems).replaceAll(dir, 'DIR');
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('files a spreadsheet saved in another encoding', () => {
  it('names UTF-16 once, with the one fix', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good.sources, 'utf16le')]);
    const msg = loadWith('sources', utf16);
    expect(msg).toContain('1 lỗi dữ liệu / 1 data error:');
    expect(msg).toContain('DIR/sources.csv');
    expect(msg).toContain('the file is saved as UTF-16 ("Unicode Text"), not CSV UTF-8; open the original in the spreadsheet and save it again: File › Save As › "CSV UTF-8 (Comma delimited)"');
  });

  it('names a Windows code page (1258/1252) and the row of the first bad byte', () => {
    // Windows-1252 writes é as the single byte 0xE9, which UTF-8 cannot read.
    const cp1252 = Buffer.from(good.sources.replace('Báo cáo thử', 'Rapport créé'), 'latin1');
    const msg = loadWith('sources', cp1252);
    expect(msg).toContain('DIR/sources.csv, dòng/row 2');
    expect(msg).toContain('the file is not UTF-8 (probably saved as Windows-1258 or Windows-1252)');
    expect(msg).toContain('save it again: File › Save As › "CSV UTF-8 (Comma delimited)"');
  });

  it('finds letters replaced by ? or �, naming the first cell and the count', () => {
    const lossy = good.sources.replace('Báo cáo thử', 'Chu?o?ng tri�nh').replace('A test report', 'A t?st report');
    const msg = loadWith('sources', lossy);
    expect(msg).toContain('DIR/sources.csv, dòng/row 2, cột/column "title_vi": "Chu?o?ng tri�nh"');
    expect(msg).toContain('letters were lost in saving (� or ? in place of accented letters) (and 1 other cells)');
    expect(loadWith('sources', good.sources.replace('A test report', 'Why? A test report'))).toBe('');
  });

  it('reads a file a spreadsheet saved with semicolons', () => {
    const semicolons = 'indicator;period;value;qualifier;total;stated_percent;percent_base;source;line;quote;printed;note_vi;note_en\n'
      + 'new-members-admitted;2021;9553;;;;;tiny;2;năm 2021 kết nạp 9.553 đảng viên;9.553;;\n';
    expect(loadWith('observations', semicolons)).toBe('');
  });

  it('says when the spreadsheet turned a period into a date', () => {
    const msg = loadWith('observations', good.observations.replace(',2021,9553,', ',3/17/2021,9553,'));
    expect(msg).toContain('dòng/row 3, cột/column "period": "3/17/2021"');
    expect(msg).toContain('if a spreadsheet rewrote this cell as a date in its own format: format the column as Text');
  });
});
