import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/testing/setup-tests.ts'],
    css: false,
    // Mantine forms render slowly in jsdom: a long form test takes ~14 s alone on a 2-core machine and
    // over 30 s when other suites load it.
    testTimeout: 60_000,
  },
});
