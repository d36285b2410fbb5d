import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds `migrations/`: the repository root in a checkout, `/app` in the image.
 * Found by walking up from this file, so source (src/config) and bundle (dist) agree.
 */
export function findRepoRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'migrations', 'meta', '_journal.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No migrations/meta/_journal.json above ${from}`);
    dir = parent;
  }
}
