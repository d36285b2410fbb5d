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
    // Mantine forms render slowly in jsdom; on a loaded 2-core CI machine a long form test takes ~20 s.
    testTimeout: 30_000,
  },
});
