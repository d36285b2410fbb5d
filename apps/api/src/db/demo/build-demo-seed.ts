import { join } from 'node:path';
import { findRepoRoot } from '../../config/repo-root';
import { createDemoSeed, defaultDemoSeedDir, demoSeedState } from './demo-seed';

/** Part of `pnpm build`: makes the demo seed (ADR 016), or keeps it when it is already current. */
async function main() {
  const repoRoot = findRepoRoot();
  const migrationsDir = join(repoRoot, 'migrations');
  const seedDir = defaultDemoSeedDir(repoRoot);
  if (demoSeedState(seedDir, migrationsDir) === 'current') {
    process.stdout.write(`Demo seed in ${seedDir} is current.\n`);
    return;
  }
  const started = performance.now();
  await createDemoSeed(seedDir, migrationsDir);
  process.stdout.write(`Demo seed written to ${seedDir} in ${Math.round(performance.now() - started)} ms.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The demo seed could not be built.\n${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
