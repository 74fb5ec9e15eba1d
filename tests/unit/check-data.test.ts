import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// CI and REQUIRE_SOURCES are set per test: the check behaves differently in CI.
const run = (env: Record<string, string>, args: string[] = []) =>
  spawnSync(process.execPath, ['src/cli/check-data.ts', ...args], { env: { ...process.env, CI: '', REQUIRE_SOURCES: '', ...env }, encoding: 'utf8' });

describe('npm run check:data', () => {
  it('prints the counts and the coverage, and exits 0 on the real data', () => {
    const r = run({});
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Nguồn\/sources: 5 · chương trình\/programmes: \d+ · chỉ số\/indicators: \d+ · quan sát\/observations: \d+/);
    expect(r.stdout).toMatch(/Độ phủ\/coverage: \d+ số trong nguồn\/numbers in the sources = \d+ trích dẫn\/cited \+ \d+ loại trừ\/excluded\./);
  });

  it('says plainly when the sources are absent, and still checks the rest', () => {
    const ok = run({ SEEDS_DIR: 'tests/fixtures/nowhere' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('WARNING: sources folder tests/fixtures/nowhere not found: citations and coverage were not checked, so a wrong number could pass.');
    expect(ok.stdout).toContain('Data is valid.');
  });

  it('fails in CI when the sources are absent, saying how to provide them', () => {
    const r = run({ SEEDS_DIR: 'tests/fixtures/nowhere', CI: 'true' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('tests/fixtures/nowhere\n  vi: không thấy thư mục văn bản nguồn');
    expect(r.stderr).toContain('en: the source texts folder is missing, so the citations cannot be checked, and in CI that check is required. Put the source files in ../shared/seeds/ beside the project, or set SEEDS_DIR');
    expect(r.stdout).not.toContain('Data is valid.');
  });

  it('reports the data and the narratives at once', () => {
    const dir = 'tests/.tmp/check-data-all';
    rmSync(dir, { recursive: true, force: true });
    cpSync('tests/fixtures/good', `${dir}/data`, { recursive: true });
    mkdirSync(`${dir}/content/narratives/vi`, { recursive: true });
    writeFileSync(`${dir}/data/observations.csv`, readFileSync(`${dir}/data/observations.csv`, 'utf8').replace('2021,9553,', '2021,9533,'));
    writeFileSync(`${dir}/content/narratives/vi/x.mdx`, '---\nsummary: Tóm tắt.\n---\n\nNăm 2021 kết nạp 9.553 đảng viên, <Stat indicator="new-members" period="2021" />.\n');
    const r = run({ SEEDS_DIR: 'tests/fixtures/seeds', CONTENT_DIR: `${dir}/content` }, [`${dir}/data`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('4 lỗi dữ liệu / 4 data errors:');
    expect(r.stderr).toContain('did you change the value in row 3?');
    expect(r.stderr).toContain(`${dir}/data/observations.csv, dòng/row 3, cột/column "value": "9533"`);
    expect(r.stderr).toContain(`${dir}/content/narratives/vi/x.mdx, dòng/line 5: "Năm 2021 kết nạp 9.553 đảng viên`);
    expect(r.stderr).toContain('there is no indicator "new-members"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 with the message and no stack trace on bad data', () => {
    const dir = 'tests/.tmp/check-data-bad';
    rmSync(dir, { recursive: true, force: true });
    cpSync('tests/fixtures/good', dir, { recursive: true });
    cpSync('tests/fixtures/bad/thousands-dot/observations.csv', `${dir}/observations.csv`);
    const r = run({ SEEDS_DIR: 'tests/fixtures/seeds', CONTENT_DIR: 'tests/fixtures/nowhere' }, [dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${dir}/observations.csv, dòng/row 2, cột/column "value": "9.729"`);
    expect(r.stderr).toContain('for 9,729 write 9729');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 when a data file is missing', () => {
    const r = run({ SEEDS_DIR: 'tests/fixtures/seeds' }, ['tests/fixtures/nowhere']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('không mở được tệp');
  });
});
