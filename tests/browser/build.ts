/** Builds the site for the browser tests, once per run, into a folder of the tests. */
import { execFileSync } from 'node:child_process';

export function buildSite(outDir: string, env: Record<string, string> = {}): number {
  const start = Date.now();
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    env: { ...process.env, OUT_DIR: outDir, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return Date.now() - start;
}
