// Reads vitest's JSON report and fails unless the PostgreSQL and browser suites really ran.
// Prints the closing line CI reads: "vitest: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const files = report.testResults;
const count = (predicate) => files.flatMap((file) => file.assertionResults).filter(predicate).length;

const problems = [];
const e2ePassed = files
  .filter((file) => file.name.endsWith('.e2e.ts'))
  .flatMap((file) => file.assertionResults)
  .filter((test) => test.status === 'passed').length;
if (e2ePassed === 0) problems.push('no browser (e2e) test passed');

// The API suite runs once per database: each of its files must appear twice.
const apiFiles = files.filter((file) => file.name.includes('/apps/api/'));
const runsPerFile = new Map();
for (const file of apiFiles) runsPerFile.set(file.name, (runsPerFile.get(file.name) ?? 0) + 1);
const runOnce = [...runsPerFile].filter(([, runs]) => runs < 2).map(([name]) => name);
if (apiFiles.length === 0) problems.push('no API test file ran');
if (runOnce.length > 0) problems.push(`API files that did not run on both databases: ${runOnce.join(', ')}`);

const passed = count((test) => test.status === 'passed');
const failed = count((test) => test.status === 'failed');
const skipped = count((test) => test.status === 'skipped' || test.status === 'pending' || test.status === 'todo');
console.info(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (problems.length > 0 || failed > 0 || !report.success) {
  for (const problem of problems) console.error(`CI check failed: ${problem}`);
  process.exit(1);
}
