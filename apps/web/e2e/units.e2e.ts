import { describe, expect, inject, it } from 'vitest';
import { eventually, saveScreenshot, setUpBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = setUpBrowserPage({ signedInAs: 'lanhdao' });

const provinces = ['Tỉnh Hà Giang', 'Thành phố Hà Nội', 'Thành phố Hải Phòng', 'Tỉnh Tuyên Quang'];

function tree() {
  return browser.page.getByRole('navigation', { name: 'Cây đơn vị hành chính' });
}

function searchResults() {
  return browser.page.getByRole('list', { name: 'Kết quả tìm kiếm' });
}

/** The tree's top level only: links of the expanded branches are nested one list deeper. */
function rootLinks() {
  return tree().locator(':scope > div > ul > li > div:first-child').getByRole('link');
}

describe('the unit tree', () => {
  it('lists the provinces at the top of the tree', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/units`);

    await page.getByRole('heading', { level: 1, name: 'Đơn vị hành chính' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await eventually(() => rootLinks().allTextContents()).toEqual(provinces);
  });

  it('shows the children of Hà Nội when its node is expanded', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/units`);

    const toggle = page.getByRole('button', { name: 'Mở Thành phố Hà Nội' });
    await toggle.click();

    const collapse = page.getByRole('button', { name: 'Thu gọn Thành phố Hà Nội' });
    expect(await collapse.getAttribute('aria-expanded')).toBe('true');
    const children = page.locator(`#${await collapse.getAttribute('aria-controls')}`);
    await eventually(() => children.getByRole('link').allTextContents()).toEqual([
      'Sở Nội vụ thành phố Hà Nội',
      'Huyện Gia Lâm',
      'Huyện Thanh Trì',
    ]);
    // The other provinces stay closed.
    expect(await tree().getByRole('link', { name: 'Huyện Kiến Thụy' }).count()).toBe(0);
    await saveScreenshot(page, 'units-tree');

    await collapse.click();
    await eventually(() => tree().getByRole('link', { name: 'Huyện Gia Lâm' }).count()).toBe(0);
  });

  it('keeps only the units still in force on a date typed as dd/mm/yyyy', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/units`);
    await eventually(() => rootLinks().allTextContents()).toEqual(provinces);

    const date = page.getByRole('textbox', { name: 'Hiệu lực vào ngày' });
    await date.click();
    await date.pressSequentially('01/07/2025');
    await date.press('Tab');

    await page.waitForURL(/[?&]validOn=2025-07-01(&|$)/);
    await eventually(() => rootLinks().allTextContents()).toEqual([
      'Thành phố Hà Nội',
      'Thành phố Hải Phòng',
      'Tỉnh Tuyên Quang',
    ]);
    expect(await date.inputValue()).toBe('01/07/2025');

    // The districts ended on 30/06/2025, so Hà Nội keeps only its department.
    await page.getByRole('button', { name: 'Mở Thành phố Hà Nội' }).click();
    const collapse = page.getByRole('button', { name: 'Thu gọn Thành phố Hà Nội' });
    const children = page.locator(`#${await collapse.getAttribute('aria-controls')}`);
    await eventually(() => children.getByRole('link').allTextContents()).toEqual(['Sở Nội vụ thành phố Hà Nội']);
    await saveScreenshot(page, 'units-valid-on');
  });
});

describe('searching and filtering units', () => {
  it('finds Kiến Thụy, named with its parent, when typing "kien thuy", and keeps the search in the URL', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/units`);

    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).pressSequentially('kien thuy');

    await page.waitForURL(/[?&]q=kien(\+|%20)thuy(&|$)/);
    const results = searchResults();
    await eventually(() => results.getByRole('link').allTextContents()).toEqual(['Huyện Kiến Thụy']);
    const row = results.getByRole('listitem');
    expect(await row.getByText('thuộc Thành phố Hải Phòng', { exact: true }).isVisible()).toBe(true);
    expect(await row.getByText('hiệu lực đến 30/06/2025', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('Hiển thị 1–1 trên 1 đơn vị').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Quận Kiến An' }).count()).toBe(0);
    await saveScreenshot(page, 'units-search');

    // The address holds the search: opening it again shows the same result.
    await page.reload();
    await eventually(() => searchResults().getByRole('link').allTextContents()).toEqual(['Huyện Kiến Thụy']);
    expect(await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).inputValue()).toBe('kien thuy');
  });

  it('lists every district with its province when the level "Quận/Huyện" is chosen', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/units`);

    await page.getByRole('combobox', { name: 'Cấp' }).click();
    await page.getByRole('option', { name: 'Quận/Huyện' }).click();

    await page.waitForURL(/[?&]level=district(&|$)/);
    const results = searchResults();
    await eventually(() => results.getByRole('link').allTextContents()).toEqual([
      'Huyện Gia Lâm',
      'Quận Kiến An',
      'Huyện Kiến Thụy',
      'Huyện Thanh Trì',
      'Huyện Vị Xuyên',
    ]);
    expect(await results.getByText(/^thuộc /).allTextContents()).toEqual([
      'thuộc Thành phố Hà Nội',
      'thuộc Thành phố Hải Phòng',
      'thuộc Thành phố Hải Phòng',
      'thuộc Thành phố Hà Nội',
      'thuộc Tỉnh Hà Giang',
    ]);
    await saveScreenshot(page, 'units-level');

    // No district outlived 30/06/2025.
    const date = page.getByRole('textbox', { name: 'Hiệu lực vào ngày' });
    await date.click();
    await date.pressSequentially('01/07/2025');
    await date.press('Tab');
    await page.waitForURL(/[?&]validOn=2025-07-01(&|$)/);
    await page.getByText('Không tìm thấy đơn vị phù hợp.').waitFor();
    expect(await searchResults().count()).toBe(0);

    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await page.waitForURL(`${baseUrl}/units`);
    await eventually(() => rootLinks().allTextContents()).toEqual(provinces);
  });

  it('opens a deep link with its level and date filled in and applied', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/units?level=district&validOn=2025-06-30`);

    await eventually(() => searchResults().getByRole('link').count()).toBe(5);
    expect(await page.getByRole('combobox', { name: 'Cấp' }).inputValue()).toBe('Quận/Huyện');
    expect(await page.getByRole('textbox', { name: 'Hiệu lực vào ngày' }).inputValue()).toBe('30/06/2025');
  });
});
