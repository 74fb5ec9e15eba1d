import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Pinned so that dates and number formatting do not depend on the machine.
process.env.TZ = 'Asia/Ho_Chi_Minh';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
