// Time from navigation to the dashboard's charts on screen, in headless Chromium, read off the SPA's
// performance mark (src/features/dashboard/utils/charts-drawn-mark.ts). `pnpm bench` runs it against
// the server it started; prints one JSON line: { "runs": [ms, …], "median": ms }.
// Usage: node scripts/measure-dashboard-charts.mjs <baseUrl> <dashboard path> [username] [password]
import { launchChromium } from '../e2e/launch-chromium.mjs';

const [baseUrl, path, username = 'lanhdao', password = 'partrack-demo'] = process.argv.slice(2);
const MARK = 'partrack:dashboard-charts-drawn';
const RUNS = Number(process.env.RUNS ?? 5);

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    // A full load each time: scripts, session refresh, the three answers, then the charts.
    await page.goto(`${baseUrl}${path}`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 60_000 });
    runs.push(Math.round(await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, MARK)));
  }
  const sorted = [...runs].sort((a, b) => a - b);
  process.stdout.write(`${JSON.stringify({ runs, median: sorted[Math.floor(sorted.length / 2)] })}\n`);
} finally {
  await browser.close();
}
