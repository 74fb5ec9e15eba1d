/**
 * Builds the site once for all browser tests and serves it locally, as a static host
 * would; the tests get its address through `inject('siteUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';
import { ensureChromium } from './chromium.ts';
import { serve, type StaticServer } from './server.ts';

export const DIST = 'tests/.tmp/dist';

let server: StaticServer | undefined;

export default async function setup(project: TestProject) {
  ensureChromium();
  const ms = buildSite(DIST);
  server = await serve(DIST);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', DIST);
  project.provide('buildMs', ms);
  return async () => server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    buildMs: number;
  }
}
