#!/usr/bin/env node
// `pnpm bench:cold-start`: time from starting the built server on an empty embedded data directory to
// the first 200 from /api/ready (issue 2's target: under 5 s), and the same for a restart on that data.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = join(root, 'apps', 'api', 'dist', 'server.js');
const runs = Number(process.env.RUNS ?? 5);
const port = Number(process.env.PORT ?? 3917);

if (!existsSync(server)) {
  process.stderr.write('Build first: pnpm build\n');
  process.exit(1);
}

async function timeToReady(dataDir) {
  const started = performance.now();
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, PARTRACK_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const summary = (label, times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (value) => `${(value / 1000).toFixed(2)} s`;
  process.stdout.write(
    `${label}: median ${ms(sorted[Math.floor(sorted.length / 2)])}, min ${ms(sorted[0])}, max ${ms(sorted.at(-1))} (${runs} runs)\n`,
  );
};

const cold = [];
const warm = [];
for (let run = 0; run < runs; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'partrack-cold-'));
  try {
    cold.push(await timeToReady(dataDir));
    warm.push(await timeToReady(dataDir));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
summary('cold start (empty data directory → first 200 from /api/ready)', cold);
summary('restart (same data directory)', warm);
