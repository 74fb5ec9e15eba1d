import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Pinned so that dates and number formatting do not depend on the machine.
process.env.TZ = 'Asia/Ho_Chi_Minh';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One browser at a time: the machine has two cores and the build needs them.
          fileParallelism: false,
          // tests marked concurrent (axe over the page kinds) run two at a time, one per core
          maxConcurrency: 2,
        },
      },
    ],
  },
});
