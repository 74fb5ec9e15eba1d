/** `astro build` runs the one check first: a bad narrative stops it, named by file and line, with no dist/ left. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanEnv } from '../browser/build.ts';

const TMP = 'tests/.tmp/build-check';

describe('the build', () => {
  it('stops on a narrative citing a missing indicator, in both languages, without a stack trace or partial output', () => {
    rmSync(TMP, { recursive: true, force: true });
    mkdirSync(`${TMP}/content/narratives/en`, { recursive: true });
    mkdirSync(`${TMP}/dist/old`, { recursive: true });
    writeFileSync(`${TMP}/content/narratives/en/x.mdx`, '---\nsummary: A summary.\n---\n\nIn 2024, 12,000 new members joined, <Stat indicator="new-member-admitted" period="2024" />.\n');
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...cleanEnv(), CONTENT_DIR: `${TMP}/content`, OUT_DIR: `${TMP}/dist` }, encoding: 'utf8',
    });
    const out = r.stdout + r.stderr;
    expect(r.status).toBe(1);
    expect(out).toContain(`${TMP}/content/narratives/en/x.mdx, dòng/line 5: "<Stat indicator=\\"new-member-admitted\\" period=\\"2024\\" />"`);
    expect(out).toContain('vi: không có chỉ số "new-member-admitted" trong data/indicators.csv; có phải "new-members-admitted"?');
    expect(out).toContain('en: there is no indicator "new-member-admitted" in data/indicators.csv; did you mean "new-members-admitted"?');
    expect(out).toContain(`${TMP}/content/narratives/en/x.mdx, dòng/line 5: "In 2024, 12,000`);
    expect(out).not.toMatch(/\n\s+at /);
    expect(existsSync(`${TMP}/dist`)).toBe(false);
  }, 90_000);
});
