import { existsSync } from 'node:fs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * `pnpm test` runs every suite from here. The PostgreSQL suite needs TEST_DATABASE_URL and the browser
 * suite Debian's Chromium: outside CI a missing one is skipped with a loud warning; in CI it is an error.
 */
const isCI = process.env.CI === 'true' || process.env.CI === '1';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);
const hasChromium = existsSync(chromiumPath);

function requireOrWarn(isAvailable: boolean, suite: string, howTo: string): boolean {
  if (isAvailable) return true;
  if (isCI) throw new Error(`CI must run the ${suite} suite: ${howTo}`);
  const line = '!'.repeat(100);
  console.warn(`\n${line}\n!!! SKIPPING the ${suite} suite: ${howTo}\n${line}\n`);
  return false;
}

const apiProject = (testDatabase: 'pglite' | 'postgres'): TestProjectInlineConfiguration => ({
  extends: './apps/api/vitest.config.ts',
  test: { name: `api (${testDatabase})`, root: './apps/api', provide: { testDatabase } },
});

const projects: TestProjectInlineConfiguration[] = [
  { test: { name: 'contracts', root: './packages/contracts', include: ['src/**/*.test.ts'] } },
  {
    test: {
      name: 'report-extract',
      root: './packages/report-extract',
      include: ['src/**/*.test.ts', 'eval/**/*.test.ts'],
    },
  },
  apiProject('pglite'),
  { extends: './apps/web/vitest.config.ts', test: { name: 'web', root: './apps/web' } },
];
if (requireOrWarn(hasPostgres, 'PostgreSQL', 'set TEST_DATABASE_URL=postgres://user@host:5432/database')) {
  projects.push(apiProject('postgres'));
}
if (requireOrWarn(hasChromium, 'browser (e2e)', `install Debian's chromium (expected at ${chromiumPath})`)) {
  // The browser suite runs after the others (group 1), with the machine's cores to itself: a real browser
  // typing into long forms next to three busy test projects on a 2-core CI machine times out.
  projects.push({
    extends: './apps/web/e2e/vitest.config.ts',
    test: { name: 'e2e', root: './apps/web', sequence: { groupOrder: 1 } },
  });
}

export default defineConfig({ test: { projects } });
