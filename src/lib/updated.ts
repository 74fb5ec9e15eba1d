/**
 * When the data last changed: the date of the last commit that touched data/, so two
 * builds of the same commit print the same date (never the build clock). Outside a
 * git checkout, the newest date of any source stands in.
 */
import { execFileSync } from 'node:child_process';
import { dataDir, getSite } from './site.ts';

let cached: string | undefined;

export function dataUpdated(): string {
  if (cached) return cached;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', dataDir()], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(out)) return (cached = out);
  } catch {
    // not a git checkout: fall through
  }
  cached = getSite().data.sources.map((s) => s.date_to).sort().at(-1) ?? '1970-01-01';
  return cached;
}
