/**
 * From a saved article to checked rows: add:source, draft, draft:accept, run as the
 * editor runs them, on a copy of the data and of the sources (never ../shared).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedsDir } from '../../src/lib/provenance.ts';

const TMP = 'tests/.tmp/draft-commands';
const DATA = join(TMP, 'data');
const SEEDS = join(TMP, 'seeds');
const env = { ...process.env, DATA_DIR: DATA, SEEDS_DIR: SEEDS };
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [`src/cli/${script}.ts`, ...args], { env, encoding: 'utf8' });
const rows = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

const ARTICLE = `<!doctype html><html><head><title>Kết quả công tác xây dựng Đảng năm 2024</title></head><body>
<nav>Trang chủ · Thời sự</nav><article><h1>Kết quả công tác xây dựng Đảng năm 2024</h1>
<p>Ngày 15/12/2024, Thành ủy Hà Nội tổng kết công tác xây dựng Đảng năm 2024.</p>
<p>Năm 2024, toàn Thành phố kết nạp 9.729 đảng viên mới, đạt 108,7% kế hoạch<sup>1</sup>.</p>
<p><sup>1</sup> Theo Chương trình số 01-CTr/TU ngày 17/3/2021.</p></article><footer>© Báo</footer></body></html>`;

describe('add:source → draft → draft:accept', () => {
  beforeAll(() => {
    rmSync(TMP, { recursive: true, force: true });
    mkdirSync(TMP, { recursive: true });
    cpSync('data', DATA, { recursive: true, filter: (s) => !s.includes('drafts') });
    cpSync(seedsDir(), SEEDS, { recursive: true });
    writeFileSync(join(TMP, 'article.html'), ARTICLE);
  });

  it('writes the text one paragraph per line and a sources.csv row whose empty cells the check names', () => {
    const before = readdirSync(SEEDS);
    const r = run('add-source', join(TMP, 'article.html'), '--id', 'article-2024-12-15-test');
    expect(r.stderr).toBe('');
    const added = readdirSync(SEEDS).filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^005_[0-9a-f]{16}\.txt$/);
    expect(readFileSync(join(SEEDS, added[0]!), 'utf8')).toBe([
      'Kết quả công tác xây dựng Đảng năm 2024',
      'Ngày 15/12/2024, Thành ủy Hà Nội tổng kết công tác xây dựng Đảng năm 2024.',
      'Năm 2024, toàn Thành phố kết nạp 9.729 đảng viên mới, đạt 108,7% kế hoạch¹.',
      '¹ Theo Chương trình số 01-CTr/TU ngày 17/3/2021.',
    ].join('\n') + '\n');
    const last = rows(join(DATA, 'sources.csv')).at(-1)!;
    expect(last.id).toBe('article-2024-12-15-test');
    expect(last.file).toBe(added[0]);
    expect(last.title_vi).toBe('');
    const check = run('check-data');
    expect(check.status).toBe(1);
    for (const col of ['kind', 'title_vi', 'title_en', 'date_from', 'date_to']) expect(check.stderr).toContain(`cột/column "${col}": ""`);
    // the draft waits for the row to be filled
    expect(run('draft', 'article-2024-12-15-test').status).toBe(1);
    const again = run('add-source', join(TMP, 'article.html'), '--id', 'article-2024-12-15-test');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already in');
  });

  it('drafts one row per number, then moves the accepted rows into the data and passes the check', () => {
    const sources = readFileSync(join(DATA, 'sources.csv'), 'utf8').trimEnd().split('\n');
    sources[sources.length - 1] = Papa.unparse([['article-2024-12-15-test', sources.at(-1)!.split(',')[1]!, 'article', 'Kết quả năm 2024', 'Results for 2024', '',
      '2024-12-15', '2024-12-15', 'Ngày 15/12/2024, ghi trong bài.', '15 December 2024, printed in the article.']]);
    writeFileSync(join(DATA, 'sources.csv'), sources.join('\n') + '\n');
    const d = run('draft', 'article-2024-12-15-test');
    expect(d.stderr).toBe('');
    const path = join(DATA, 'drafts', 'article-2024-12-15-test.csv');
    // a draft in progress is never overwritten by mistake
    const twice = run('draft', 'article-2024-12-15-test');
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('--force');
    const draft = rows(path);
    expect(Object.keys(draft[0]!).slice(0, 7)).toEqual(['line', 'printed', 'value', 'kind', 'indicator', 'period', 'quote']);
    const by = (printed: string, line: string) => draft.find((r) => r.printed === printed && r.line === line)!;
    expect(by('15', '2').kind).toBe('date');
    expect(by('2024', '3').kind).toBe('year');
    expect(by('01', '4').kind).toBe('code');
    const members = by('9.729', '3');
    expect(members).toMatchObject({ value: '9729', kind: 'observation', indicator: 'new-members-admitted', period: '2024' });
    expect('Năm 2024, toàn Thành phố kết nạp 9.729 đảng viên mới, đạt 108,7% kế hoạch¹.').toContain(members.quote);
    // every printed number of the new text has its row
    expect(draft.map((r) => `${r.line}|${r.printed}`).sort()).toEqual(
      ['1|2024', '2|15', '2|12', '2|2024', '3|2024', '3|9.729', '3|108,7', '4|01', '4|17', '4|3', '4|2021'].sort());

    // The editor accepts everything but the percent, which they fold into the members' row.
    const edited: Record<string, string>[] = draft.map((r) => ({ ...r, accept: r.printed === '108,7' ? '' : 'yes' }));
    const m = edited.find((r) => r.printed === '9.729')!;
    const quote = 'toàn Thành phố kết nạp 9.729 đảng viên mới, đạt 108,7% kế hoạch';
    Object.assign(m, { stated_percent: '108.7', percent_base: 'plan', quote });
    writeFileSync(path, '\uFEFF' + Papa.unparse(edited, { columns: Object.keys(draft[0]!), newline: '\r\n' }) + '\r\n');
    const obsBefore = readFileSync(join(DATA, 'observations.csv'), 'utf8');
    const a = run('draft-accept', 'article-2024-12-15-test');
    expect(a.stderr).toBe('');
    expect(a.status).toBe(0);
    expect(a.stdout).toContain('Dữ liệu hợp lệ. / Data is valid.');
    // appended as the files write their rows: same columns, quotes only where needed, nothing else touched
    const obs = readFileSync(join(DATA, 'observations.csv'), 'utf8');
    expect(obs.startsWith(obsBefore)).toBe(true);
    expect(obs.slice(obsBefore.length)).toBe(`new-members-admitted,2024,9729,,,108.7,plan,article-2024-12-15-test,3,"${quote}",9.729,,\n`);
    expect(rows(join(DATA, 'exclusions.csv')).filter((x) => x.source === 'article-2024-12-15-test')).toHaveLength(draft.length - 2);
    // the percent is now cited as the row's stated percent: nothing is left to draft
    expect(existsSync(path)).toBe(false);
    expect(run('check-data').status).toBe(0);
    const none = run('draft', 'article-2024-12-15-test');
    expect(none.stdout).toContain('nothing to draft');
    expect(existsSync(path)).toBe(false);
  });

  it('keeps rows the check refuses in the draft, with the reason, and writes nothing for them', () => {
    const path = join(DATA, 'drafts', 'article-2024-12-15-test.csv');
    mkdirSync(join(DATA, 'drafts'), { recursive: true });
    // back to before the accepted rows: the new source's numbers are uncovered again
    for (const f of ['observations.csv', 'exclusions.csv']) cpSync(join('data', f), join(DATA, f));
    const obs = readFileSync(join(DATA, 'observations.csv'), 'utf8');
    // a reviewed row with a misspelt indicator, and one not accepted
    writeFileSync(path, 'line,printed,value,kind,indicator,period,quote,accept\n3,9.729,9729,observation,new-members-admited,2023,toàn Thành phố kết nạp 9.729 đảng viên mới,yes\n3,108,7,108.7,observation,,,,\n'.replace('3,108,7,108.7', '3,"108,7",108.7'));
    const a = run('draft-accept', 'article-2024-12-15-test');
    expect(a.status).toBe(1);
    expect(a.stderr).toContain('new-members-admited');
    expect(a.stderr).toContain('drafts/article-2024-12-15-test.csv, dòng/row 2');
    expect(readFileSync(join(DATA, 'observations.csv'), 'utf8')).toBe(obs);
    const left = rows(path);
    expect(left.map((r) => r.printed)).toEqual(['9.729', '108,7']);
    expect(left[0]!.note).toContain('indicators.csv');
  });
});
