/**
 * Builds the site once for all browser tests and serves it locally, as a static host
 * would; the tests get its address through `inject('siteUrl')`. The hostile-data build
 * of escaping.test.ts starts first and runs beside it: one build keeps one and a half
 * of the machine's two cores busy, two keep both.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';
import type { ChildProcess } from 'node:child_process';
import { ensureChromium } from './chromium.ts';
import { forgetHostileBuild, startHostileBuild } from './hostile.ts';
import { serve, type StaticServer } from './server.ts';

export const DIST = 'tests/.tmp/dist';

let server: StaticServer | undefined;
let hostile: ChildProcess | undefined;

/** Whether this run includes escaping.test.ts: all files, or file filters that match it. */
function runsEscaping(project: TestProject): boolean {
  // the command line's file filters (vitest keeps them on the instance; absent, all files run)
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
  return filters.length === 0 || filters.some((f) => 'tests/browser/escaping.test.ts'.includes(f) || f.includes('escaping'));
}

export default async function setup(project: TestProject) {
  ensureChromium();
  forgetHostileBuild();
  if (runsEscaping(project)) hostile = startHostileBuild();
  const ms = buildSite(DIST);
  server = await serve(DIST);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', DIST);
  project.provide('buildMs', ms);
  return async () => {
    hostile?.kill();
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    buildMs: number;
  }
}
