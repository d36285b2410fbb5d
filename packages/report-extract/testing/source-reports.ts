import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The five source reports stay outside the repository (the brief's `../shared/reports`): tests and
 * the eval read them where they are. A clone made elsewhere (CI clones into a temporary folder) finds
 * them through PARTRACK_REPORTS_DIR or the workplace's `/work/shared/reports`.
 */
function findReportsDir(): string {
  let repoRoot = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(repoRoot, 'pnpm-workspace.yaml'))) {
    const parent = dirname(repoRoot);
    if (parent === repoRoot) break;
    repoRoot = parent;
  }
  const candidates = [
    process.env.PARTRACK_REPORTS_DIR,
    join(repoRoot, '..', 'shared', 'reports'),
    '/work/shared/reports',
  ].filter((dir): dir is string => Boolean(dir));
  const found = candidates.find((dir) => existsSync(join(dir, '02-vi-xuyen-2021-08-25.txt')));
  if (!found) {
    throw new Error(`The source reports were not found in ${candidates.join(', ')}; set PARTRACK_REPORTS_DIR`);
  }
  return found;
}

let reportsDir: string | undefined;

/** The text of one source report, e.g. `sourceReport('02-vi-xuyen-2021-08-25.txt')`. */
export function sourceReport(file: string): string {
  reportsDir ??= findReportsDir();
  return readFileSync(join(reportsDir, file), 'utf8');
}
