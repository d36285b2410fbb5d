import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, inject, it } from 'vitest';
import { eventually, newContext, saveScreenshot, setUpBrowserPage, signIn } from './browser';

const baseUrl = inject('baseUrl');
// One sign-in for the file, as the leader; the unit officer signs in once in a context of their own.
const browser = setUpBrowserPage({ signedInAs: 'lanhdao' });

/** Every period the acceptance figures of DOMAIN.md were reported for, by district. */
const ACCEPTANCE = `${baseUrl}/dashboard?period=custom&from=2015-01-01&to=2021-12-31&level=district`;
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function rateTable(page: Page) {
  return page.getByRole('table', { name: 'Bảng số liệu: Tỉ lệ hồ sơ giải quyết đúng hạn', exact: true });
}

function bucketTable(page: Page) {
  return page.getByRole('table', { name: 'Bảng số liệu: Kết quả thực hiện chỉ đạo', exact: true });
}

/** The cells of each row of a table, header cell first. */
async function rowsOf(table: Locator): Promise<string[][]> {
  const rows = await table.locator('tbody > tr').all();
  return Promise.all(rows.map((row) => row.locator('th, td').allTextContents()));
}

function rateChart(page: Page) {
  return page.getByTestId('on-time-rate-chart');
}

function bucketChart(page: Page) {
  return page.getByTestId('directive-buckets-chart');
}

describe('the leader dashboard', () => {
  it("is a leader's home, and shows the acceptance figures of the five reports", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
    const navigation = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await navigation.getByRole('link', { name: 'Tổng quan' }).getAttribute('aria-current')).toBe('page');

    await page.goto(ACCEPTANCE);
    await eventually(() => rateTable(page).locator('tbody > tr').count()).toBe(6);
    expect(await rowsOf(rateTable(page))).toEqual([
      ['Huyện Gia Lâm', 'cấp huyện', '100,00 %', '12.616 / 12.616', 'tính từ số hồ sơ', '16/12/2020–31/05/2021'],
      ['Huyện Gia Lâm', 'cấp xã', '100,00 %', '61.000 / 61.000', 'tính từ số hồ sơ', '16/12/2020–31/05/2021'],
      ['Quận Kiến An', 'cấp huyện', '100,00 %', '2.763 / 2.763', 'tính từ số hồ sơ', '01/01/2020–15/12/2020'],
      ['Huyện Thanh Trì', 'toàn đơn vị', '99,9 %', '', 'số liệu báo cáo', expect.any(String)],
      // Their counts cannot make a rate, but the period they reported stays named.
      ['Huyện Kiến Thụy', 'cấp huyện', 'không có số liệu', '', 'không có số liệu', '01/01/2018–19/09/2018'],
      ['Huyện Vị Xuyên', 'cấp huyện', 'không có số liệu', '', 'không có số liệu', '01/01/2021–31/07/2021'],
    ]);

    // The ranked bars: units with a rate only, named with their value; Thanh Trì's marked as reported.
    const bars = rateChart(page).getByRole('link');
    expect(await bars.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')))).toEqual([
      'Gia Lâm · cấp huyện: 100,00 %. Mở các cuộc kiểm tra của đơn vị',
      'Gia Lâm · cấp xã: 100,00 %. Mở các cuộc kiểm tra của đơn vị',
      'Kiến An: 100,00 %. Mở các cuộc kiểm tra của đơn vị',
      'Thanh Trì: 99,9 % (số liệu báo cáo). Mở các cuộc kiểm tra của đơn vị',
    ]);
    expect(await rateChart(page).getByText('99,9 % (số liệu báo cáo)', { exact: true }).isVisible()).toBe(true);
    expect(await rateChart(page).getByText('Chỉ tiêu 95 %', { exact: true }).isVisible()).toBe(true);
    // Units without figures are listed, never drawn as a bar of 0.
    const notReported = page.getByRole('list', { name: 'Không có số liệu' });
    expect(await notReported.getByRole('listitem').allTextContents()).toEqual([
      'Huyện Kiến Thụy — không có số liệu',
      'Huyện Vị Xuyên — không có số liệu',
    ]);
    await saveScreenshot(page, 'dashboard');
  });

  it("opens Gia Lâm's inspections from its bar", async () => {
    const { page } = browser;
    await page.goto(ACCEPTANCE);
    const bar = rateChart(page).getByRole('link', { name: /^Gia Lâm · cấp huyện: 100,00 %/ });
    await bar.click();

    await page.waitForURL(new RegExp(`/inspections\\?unit=${uuid}$`));
    await page.getByRole('heading', { level: 1, name: 'Kiểm tra cải cách hành chính' }).waitFor();
    const rows = page.getByRole('table', { name: 'Danh sách đợt kiểm tra' }).locator('tbody > tr');
    await eventually(async () => (await rows.getByRole('link').allTextContents()).filter(Boolean)).toEqual([
      'Huyện Gia Lâm',
    ]);
    // The filter names the unit once it has asked the API for its name.
    await eventually(() => page.getByRole('combobox', { name: 'Đơn vị', exact: true }).inputValue()).toBe(
      'Huyện Gia Lâm',
    );
  });

  it('opens the overdue directives of a unit from its segment, as many as the segment counts', async () => {
    const { page } = browser;
    await page.goto(ACCEPTANCE);
    await eventually(() => bucketTable(page).locator('tbody > tr').count()).toBe(5);
    // The legend names the segments in the order they stack, from done on time to overdue.
    expect(await bucketChart(page).locator('.recharts-legend-item-text').allTextContents()).toEqual([
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Đang thực hiện trong hạn',
      'Đang thực hiện quá hạn',
    ]);
    const segment = bucketChart(page).getByRole('link', { name: /^Kiến An – Đang thực hiện quá hạn: \d+\./ });
    const label = (await segment.getAttribute('aria-label')) ?? '';
    const count = Number(/: (\d+)\./.exec(label)?.[1]);
    expect(count).toBeGreaterThan(0);
    await saveScreenshot(page, 'dashboard-directives');

    await segment.click();

    await page.waitForURL(
      new RegExp(`/directives\\?bucket=open_overdue&unit=${uuid}&assignedFrom=2015-01-01&assignedTo=2021-12-31$`),
    );
    // The list shows the dashboard's period as its own filter, which a reader can widen.
    expect(await page.getByRole('textbox', { name: 'Giao từ ngày' }).inputValue()).toBe('01/01/2015');
    expect(await page.getByRole('textbox', { name: 'Giao đến ngày' }).inputValue()).toBe('31/12/2021');
    const rows = page.getByRole('table', { name: 'Danh sách chỉ đạo' }).locator('tbody > tr');
    await eventually(() => rows.count()).toBe(count);
    expect(await page.getByRole('tab', { name: /^Đang thực hiện quá hạn/, selected: true }).count()).toBe(1);
  });

  it('downloads the on-time table as an Excel workbook whose numbers stay numbers, and its chart as a PNG', async () => {
    const { page } = browser;
    await page.goto(ACCEPTANCE);
    await eventually(() => rateTable(page).locator('tbody > tr').count()).toBe(6);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải bảng Excel' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('ti-le-dung-han_2015-01-01_2021-12-31.xlsx');
    const [sheet, ...others] = await readXlsxFile(await download.path());
    expect(others).toEqual([]);
    expect(sheet?.data[0]).toEqual(['Đơn vị', 'Cấp giải quyết', 'Tỉ lệ', 'Đúng hạn / mẫu số', 'Nguồn', 'Kỳ số liệu']);
    expect(sheet?.data.find((row) => row[0] === 'Quận Kiến An')?.slice(0, 4)).toEqual([
      'Quận Kiến An',
      'cấp huyện',
      100,
      '2763/2763',
    ]);
    expect(sheet?.data.find((row) => row[0] === 'Huyện Vị Xuyên')?.[2]).toBeNull();

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải biểu đồ PNG' }).first().click(),
    ]);
    expect(png.suggestedFilename()).toBe('ti-le-dung-han_2015-01-01_2021-12-31.png');
    const image = await readFile(await png.path());
    expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('keeps the whole view in its address: the rate definition survives a reload', async () => {
    const { page } = browser;
    await page.goto(ACCEPTANCE);
    await rateTable(page).locator('tbody > tr').first().waitFor();
    await page.getByText('Theo Quyết định 766', { exact: true }).click();
    await page.waitForURL(/definition=decision_766/);
    await page.reload();
    await page.getByText('Cách tính: Theo Quyết định 766').waitFor();
    // (2.763 on time + 110 in progress within the deadline) ÷ 2.873 received.
    const kienAn = rateTable(page).locator('tbody > tr').filter({ hasText: 'Quận Kiến An' });
    await eventually(() => kienAn.locator('td').nth(2).textContent()).toBe('2.873 / 2.873');
  });

  it("draws a unit's trend by year, its table saying where there are no figures", async () => {
    const { page } = browser;
    await page.goto(`${ACCEPTANCE}&granularity=year`);
    await rateTable(page).locator('tbody > tr').first().waitFor();
    const trend = page.locator('section').filter({
      has: page.getByRole('heading', { level: 2, name: 'Diễn biến theo thời gian', exact: true }),
    });
    await trend.getByRole('combobox', { name: 'Đơn vị', exact: true }).click();
    await page.getByRole('option', { name: 'Huyện Gia Lâm', exact: true }).click();
    await page.waitForURL(new RegExp(`trendUnit=${uuid}`));

    // The table folds under the chart; opening it shows the numbers drawn.
    await trend.getByText(/^Bảng số liệu: Huyện Gia Lâm/).click();
    const table = trend.getByRole('table', { name: /^Bảng số liệu: Huyện Gia Lâm · Tỉ lệ hồ sơ đúng hạn/ });
    // Both tiers add up by their counts: (12.616 + 61.000) ÷ (12.616 + 61.000), in the year their period ends.
    await eventually(() => table.locator('tbody > tr').count()).toBe(7);
    const rows = await table
      .locator('tbody > tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent)));
    expect(rows.at(-1)).toEqual(['2021', '100,00 %']);
    expect(rows[0]).toEqual(['2015', 'không có số liệu']);
    await trend.getByTestId('trend-chart').locator('svg.recharts-surface').waitFor();
    await saveScreenshot(page, 'dashboard-trend');
  });

  it('shows a unit officer their own unit alone', async () => {
    const context = await newContext(browser.browser);
    try {
      const page = await context.newPage();
      await signIn(page, 'kienan');
      await page.goto(ACCEPTANCE);
      await eventually(() => rowsOf(rateTable(page))).toEqual([
        ['Quận Kiến An', 'cấp huyện', '100,00 %', '2.763 / 2.763', 'tính từ số hồ sơ', '01/01/2020–15/12/2020'],
      ]);
      expect((await rowsOf(bucketTable(page))).map((row) => row[0])).toEqual(['Quận Kiến An']);
      await saveScreenshot(page, 'dashboard-unit-officer');
      // Other browser tests may log more Kiến An inspections: the tile counts them all, and its list
      // behind holds Kiến An's alone.
      const tiles = page.getByRole('region', { name: 'Số liệu chính' });
      const inspectionsTile = tiles.getByRole('link', { name: /^Cuộc kiểm tra trong kỳ: \d+\./ });
      const tileCount = Number(/: (\d+)\./.exec((await inspectionsTile.getAttribute('aria-label')) ?? '')?.[1]);
      expect(tileCount).toBeGreaterThanOrEqual(1);
      await inspectionsTile.click();
      await page.waitForURL(/\/inspections\?/);
      const rows = page.getByRole('table').locator('tbody > tr');
      await eventually(() => rows.count()).toBe(tileCount);
      for (const text of await rows.allTextContents()) expect(text).toContain('Quận Kiến An');
    } finally {
      await context.close();
    }
  });

  it("shows a unit's history on its page: inspections on a timeline, yearly rate, directives by bucket", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/units?q=kien%20an`);
    await page.getByRole('link', { name: 'Quận Kiến An' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quận Kiến An' }).waitFor();

    const history = page.locator('section').filter({
      has: page.getByRole('heading', { level: 2, name: 'Các cuộc kiểm tra', exact: true }),
    });
    // Other browser tests may log Kiến An's 2020 visit again: the seed is there, perhaps not alone.
    await history.getByText('18/12/2020', { exact: true }).first().waitFor();
    const series = page.getByRole('table', { name: 'Tỉ lệ hồ sơ đúng hạn theo năm', exact: true });
    expect(await rowsOf(series)).toEqual([['2020', '100,00 %', '2.763 / 2.763']]);

    const overdue = page.getByRole('link', { name: /^Đang thực hiện quá hạn: \d+$/ });
    const count = Number(/(\d+)$/.exec((await overdue.textContent()) ?? '')?.[1]);
    await saveScreenshot(page, 'unit-history');
    await overdue.click();
    await page.waitForURL(new RegExp(`/directives\\?bucket=open_overdue&unit=${uuid}$`));
    const rows = page.getByRole('table', { name: 'Danh sách chỉ đạo' }).locator('tbody > tr');
    await eventually(() => rows.count()).toBe(count);
  });
});
