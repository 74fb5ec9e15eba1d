import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Pinned so that dates and number formatting do not depend on the machine.
process.env.TZ = 'Asia/Ho_Chi_Minh';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    // Vitest's default on two cores is one worker (cores − 1), which ran all 50 files one
    // after another while a core idled: the unit tests, the validators and most browser
    // files use one core, so two files at a time keep both busy.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, isolate: false } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // tests marked concurrent (axe over the page kinds) run two at a time, one per core
          maxConcurrency: 2,
        },
      },
    ],
  },
});
