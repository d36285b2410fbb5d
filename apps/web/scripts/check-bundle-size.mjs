// Fails when the JavaScript a first visit downloads before any route chunk exceeds the budget, or when
// the dashboard route (its chunk and every chunk it imports that the first visit has not loaded)
// exceeds its own.
// Usage: node scripts/check-bundle-size.mjs [distDir]   (run after `vite build`)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 170;
const DASHBOARD_BUDGET_KB = 350;
const distDir = resolve(process.argv[2] ?? 'dist');
const html = readFileSync(join(distDir, 'index.html'), 'utf8');

const gzipKbOf = (file) => gzipSync(readFileSync(join(distDir, file))).length / 1000;

// The entry script and every chunk Vite asks the browser to preload with it.
const initialScripts = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map(([, href]) => href.replace(/^\//, ''));

let failed = false;
let totalKb = 0;
for (const file of new Set(initialScripts)) {
  const gzipKb = gzipKbOf(file);
  totalKb += gzipKb;
  console.info(`${file.padEnd(40)} ${gzipKb.toFixed(2)} kB gzip`);
}
console.info(`initial JS: ${totalKb.toFixed(2)} kB gzip (budget ${BUDGET_KB} kB)`);
if (totalKb > BUDGET_KB) {
  console.error(`Initial JS is over budget by ${(totalKb - BUDGET_KB).toFixed(2)} kB`);
  failed = true;
}

// The dashboard route: its chunk and the chunks it imports statically (`import … from "./x.js"`), which
// the browser fetches before the route renders; those of the first visit are already there.
const assets = readdirSync(join(distDir, 'assets'));
const dashboardChunk = assets.find((file) => /^dashboard-[\w-]+\.js$/.test(file));
if (dashboardChunk) {
  const seen = new Set(initialScripts);
  const pending = [`assets/${dashboardChunk}`];
  let routeKb = 0;
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    routeKb += gzipKbOf(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const [, name] of code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g))
      pending.push(`assets/${name}`);
  }
  console.info(
    `dashboard route JS (beyond the initial): ${routeKb.toFixed(2)} kB gzip (budget ${DASHBOARD_BUDGET_KB} kB)`,
  );
  if (routeKb > DASHBOARD_BUDGET_KB) {
    console.error(`The dashboard route is over budget by ${(routeKb - DASHBOARD_BUDGET_KB).toFixed(2)} kB`);
    failed = true;
  }
}
if (failed) process.exit(1);
