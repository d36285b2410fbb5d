// Fails when the JavaScript a first visit downloads before any route chunk exceeds the budget.
// Usage: node scripts/check-bundle-size.mjs [distDir]   (run after `vite build`)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 170;
const distDir = resolve(process.argv[2] ?? 'dist');
const html = readFileSync(join(distDir, 'index.html'), 'utf8');

// The entry script and every chunk Vite asks the browser to preload with it.
const initialScripts = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map(([, href]) => href);

let totalKb = 0;
for (const href of new Set(initialScripts)) {
  const gzipKb = gzipSync(readFileSync(join(distDir, href.replace(/^\//, '')))).length / 1000;
  totalKb += gzipKb;
  console.info(`${href.padEnd(40)} ${gzipKb.toFixed(2)} kB gzip`);
}
console.info(`initial JS: ${totalKb.toFixed(2)} kB gzip (budget ${BUDGET_KB} kB)`);
if (totalKb > BUDGET_KB) {
  console.error(`Initial JS is over budget by ${(totalKb - BUDGET_KB).toFixed(2)} kB`);
  process.exit(1);
}
