import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (env: Record<string, string>, args: string[] = []) =>
  spawnSync(process.execPath, ['src/cli/check-data.ts', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });

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
    expect(ok.stdout).toContain('Sources folder tests/fixtures/nowhere not found: citations and coverage were not checked');
    expect(ok.stdout).toContain('Data is valid.');
  });

  it('exits 1 with the message and no stack trace on bad data', () => {
    const dir = 'tests/.tmp/check-data-bad';
    rmSync(dir, { recursive: true, force: true });
    cpSync('tests/fixtures/good', dir, { recursive: true });
    cpSync('tests/fixtures/bad/thousands-dot/observations.csv', `${dir}/observations.csv`);
    const r = run({ SEEDS_DIR: 'tests/fixtures/seeds' }, [dir]);
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
