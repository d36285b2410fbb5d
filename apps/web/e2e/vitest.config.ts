import { defineConfig } from 'vitest/config';

/** Browser tests: the built SPA and the real API on a temporary embedded database, in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    // Typing a whole inspection into the form takes ~25 s on an idle 2-core machine and over 60 s on a
    // busy one; the bound is there to stop a hung test, not to measure speed (benchmarks do that).
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
