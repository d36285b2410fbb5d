import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { eventually, saveScreenshot, setUpBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = setUpBrowserPage({ signedInAs: 'noivu' });

// 2024: a year no other browser test reads, so their acceptance figures stay as they are.
const CSV = [
  'STT;Đơn vị;Cấp;Từ ngày;Đến ngày;Tồn kỳ trước;Số hồ sơ tiếp nhận;Trước hạn;Đúng hạn;Quá hạn;Đang giải quyết trong hạn;Đang giải quyết quá hạn',
  '1;Quận Kiến An;Cấp huyện;01/01/2024;31/12/2024;12;1.050;300;600;100;50;12',
].join('\r\n');

async function chooseCsv(page: Page, content: string) {
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'thong-ke-mot-cua.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${content}`) });
}

describe('the one-stop dossier statistics import', () => {
  it('imports a CSV as the inspector, with progress, and the figure shows on the dashboard', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/`);
    const navigation = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await navigation.getByRole('link', { name: 'Nhập số liệu một cửa' }).click();
    await page.waitForURL(`${baseUrl}/imports/dossier-stats`);
    await page.getByRole('heading', { name: 'Nhập số liệu hồ sơ từ hệ thống một cửa' }).waitFor();

    await chooseCsv(page, CSV);
    // The proposed mapping, read from the Vietnamese headers.
    const mapping = (header: string) => page.getByRole('combobox', { name: `Số liệu: ${header}`, exact: true });
    await mapping('Đơn vị').waitFor();
    expect(await mapping('Đơn vị').inputValue()).toBe('Tên đơn vị');
    expect(await mapping('Đúng hạn').inputValue()).toBe('Giải quyết đúng hạn');
    expect(await mapping('STT').inputValue()).toBe('Bỏ qua');
    const preview = page.getByRole('table', { name: 'Các dòng đầu sẽ được nhập như sau' });
    await eventually(() => preview.locator('tbody > tr').first().textContent()).toContain('Quận Kiến An');
    expect(await preview.locator('tbody > tr').first().textContent()).toContain('1.050');
    await saveScreenshot(page, 'dossier-import-preview');

    await page.getByRole('button', { name: 'Nhập số liệu', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: 'Đã nhập 1 dòng của 1 đơn vị.' });
    await done.waitFor();
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(await done.textContent()).toContain('Số liệu mới: 7');
    await saveScreenshot(page, 'dossier-import-done');

    // (300 early + 600 on time) ÷ (300 + 600 + 100) resolved = 90 %.
    await page.goto(`${baseUrl}/dashboard?period=custom&from=2024-01-01&to=2024-12-31&level=district`);
    const rates = page.getByRole('table', { name: 'Bảng số liệu: Tỉ lệ hồ sơ giải quyết đúng hạn', exact: true });
    const kienAn = rates.locator('tbody > tr').filter({ hasText: 'Quận Kiến An' });
    await eventually(() => kienAn.locator('th, td').allTextContents()).toEqual([
      'Quận Kiến An',
      'cấp huyện',
      '90,00 %',
      '900 / 1.000',
      'tính từ số hồ sơ',
      '01/01/2024–31/12/2024',
    ]);
  });

  it('lists the problems of a bad file by row and column, and writes nothing', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/imports/dossier-stats`);
    await chooseCsv(
      page,
      `${CSV.split('\r\n')[0]}\r\n1;Quận Kiến An;Cấp huyện;01/01/2023;31/12/2023;0;12.989,5;0;1;0;0;0`,
    );
    await page.getByRole('combobox', { name: 'Số liệu: Đơn vị', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Nhập số liệu', exact: true }).click();
    const issues = page.getByRole('table', { name: 'Các lỗi cần sửa trong tệp' });
    await eventually(() => issues.locator('tbody > tr').first().locator('td').allTextContents()).toEqual([
      '2',
      'Số hồ sơ tiếp nhận',
      expect.stringContaining('Không phải số hồ sơ'),
    ]);
    expect(await page.getByText('Tệp chưa được nhập (không có dữ liệu nào được ghi).').isVisible()).toBe(true);
    await saveScreenshot(page, 'dossier-import-errors');
  });
});
