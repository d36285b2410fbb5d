import { describe, expect, inject, it } from 'vitest';
import { eventually, saveScreenshot, setUpBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = setUpBrowserPage({ signedInAs: 'noivu' });

describe('the application shell', () => {
  it('shows a not-found page for an unknown address, with a way back to the units', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/no/such/page`);

    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
    await page.getByRole('link', { name: 'Về danh sách đơn vị hành chính' }).click();
    await page.waitForURL(`${baseUrl}/units`);
    await page.getByRole('heading', { level: 1, name: 'Đơn vị hành chính' }).waitFor();
  });

  it('switches the interface to English, sets html lang and keeps the choice after a reload', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/units`);
    await page.getByRole('heading', { level: 1, name: 'Đơn vị hành chính' }).waitFor();
    const switcher = page.getByRole('group', { name: 'Ngôn ngữ' });
    expect(await switcher.getByRole('button', { name: 'Tiếng Việt' }).getAttribute('aria-pressed')).toBe('true');

    await switcher.getByRole('button', { name: 'English' }).click();

    await page.getByRole('heading', { level: 1, name: 'Administrative units' }).waitFor();
    await eventually(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => window.localStorage.getItem('partrack.language'))).toBe('en');
    expect(
      await page
        .getByRole('group', { name: 'Language' })
        .getByRole('button', { name: 'English' })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Administrative units' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Administrative units · partrack');

    await page.getByRole('searchbox', { name: 'Find a unit' }).pressSequentially('kien thuy');
    const results = page.getByRole('list', { name: 'Search results' });
    await eventually(() => results.getByRole('link').allTextContents()).toEqual(['Huyện Kiến Thụy']);
    expect(await results.getByText('in Thành phố Hải Phòng', { exact: true }).isVisible()).toBe(true);
    expect(await results.getByText('valid until 30/06/2025', { exact: true }).isVisible()).toBe(true);
    await saveScreenshot(page, 'units-search-en');
  });
});
