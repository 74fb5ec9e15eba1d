import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkSize, MAX_CSV_BYTES } from '../../src/lib/limits.ts';

describe('data far beyond what the site was measured to build', () => {
  it('passes the real data with room to spare', () => {
    expect(checkSize('data')).toBeUndefined();
    expect(MAX_CSV_BYTES).toBeGreaterThan(100 * 250_000);
  });

  it('stops the check at once, before anything is parsed, saying what to do', () => {
    const r = spawnSync(process.execPath, ['src/cli/check-data.ts'], { env: { ...process.env, MAX_CSV_BYTES: '100000' }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^1 lỗi dữ liệu \/ 1 data error:\n\ndata\n {2}vi: các tệp CSV dài 0\.\d MB, vượt xa mức/);
    expect(r.stderr).toContain('en: the CSV files hold 0.');
    expect(r.stderr).toContain('far beyond what the site was measured to build (0.1 MB); the build would run for a long time and then run out of memory');
    expect(r.stdout).not.toContain('Nguồn/sources');
  });
});
