/**
 * Deploy anywhere, safely: every link and asset resolves (under a sub-path too: that
 * build is escaping.test.ts's, which shares it), two builds of the same commit are
 * byte-identical, and a build with a data error fails and leaves no site behind.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, cleanEnv } from './build.ts';
import { brokenLinks, htmlFiles } from './links.ts';

const DIST = inject('siteDir');
const TMP = 'tests/.tmp';

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('the built site', () => {
  it('has no broken internal link or asset at the domain root', () => {
    expect(htmlFiles(DIST).length).toBeGreaterThan(700);
    expect(brokenLinks(DIST, '/', 'http://localhost:4321')).toEqual([]);
  });

  // The second build takes its PNGs from the cache the first one filled (src/lib/png.ts);
  // that rasterising gives the same bytes every time is tests/unit/png.test.ts's to show.
  it('is byte-identical when built twice from the same commit', () => {
    const again = join(TMP, 'dist-again');
    buildSite(again);
    const a = tree(DIST);
    const b = tree(again);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differ = [...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f);
    expect(differ).toEqual([]);
  });

  it('is not built at all from data with an error: non-zero exit, the message, no output', () => {
    const data = join(TMP, 'data-bad');
    const out = join(TMP, 'dist-bad');
    rmSync(data, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'stale');
    cpSync('data', data, { recursive: true });
    const obs = readFileSync(join(data, 'observations.csv'), 'utf8').replace('new-members-admitted,2022,10183,', 'new-members-admitted,2022,10.183,');
    writeFileSync(join(data, 'observations.csv'), obs);
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...cleanEnv(), DATA_DIR: data, OUT_DIR: out }, encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('cột/column "value": "10.183"');
    expect(r.stdout + r.stderr).toContain('for 10,183 write 10183');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
    expect(existsSync(out)).toBe(false);
  });
});
