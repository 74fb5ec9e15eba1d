/** Builds the site for the browser tests, as `npm run build` would, into a folder of the tests. */
import { execFileSync } from 'node:child_process';

/** The environment without what vitest adds (MODE, DEV, SSR, BASE_URL…), which Vite would take for its own. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(VITEST.*|TEST|NODE_ENV|MODE|DEV|SSR|PROD|BASE_URL)$/.test(k)) delete env[k];
  return env;
}

export function buildSite(outDir: string, env: Record<string, string> = {}, nodeArgs: string[] = []): number {
  const start = Date.now();
  execFileSync(process.execPath, [...nodeArgs, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    env: { ...cleanEnv(), OUT_DIR: outDir, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return Date.now() - start;
}
