import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, newContext, saveScreenshot, setUpBrowserPage, signIn, userMenuButton } from './browser';

const baseUrl = inject('baseUrl');
// One sign-in for the file, as the Home Affairs inspector; other people sign in in contexts of their own.
const browser = setUpBrowserPage({ signedInAs: 'noivu' });

const inspectionUrl = /\/inspections\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const seeds = [
  ['Huyện Vị Xuyên', '25/08/2021'],
  ['Huyện Gia Lâm', '28/06/2021'],
  ['Quận Kiến An', '18/12/2020'],
  ['Huyện Thanh Trì', '09/07/2020'],
  ['Huyện Kiến Thụy', '19/09/2018'],
];

function inspectionRows(page: Page) {
  return page.getByRole('table', { name: 'Danh sách đợt kiểm tra' }).locator('tbody > tr');
}

/** Unit name and date of each row, as the list shows them. */
async function listedInspections(page: Page): Promise<string[][]> {
  const rows = await inspectionRows(page).all();
  return Promise.all(
    rows.map(async (row) => [
      (await row.getByRole('link').textContent()) ?? '',
      ((await row.locator('td').first().textContent()) ?? '').slice(0, 10),
    ]),
  );
}

/** Opens the detail of the first inspection a search finds, from the list. */
async function openFromSearch(page: Page, search: string, unitName: string): Promise<void> {
  await page.goto(`${baseUrl}/inspections?q=${encodeURIComponent(search)}`);
  await inspectionRows(page).getByRole('link', { name: unitName, exact: true }).first().click();
  await page.waitForURL(inspectionUrl);
  await page.getByRole('heading', { level: 2, name: 'Số liệu', exact: true }).waitFor();
}

function rateTable(page: Page, group: string) {
  return page.getByRole('table', { name: `Tỷ lệ hồ sơ đúng hạn: ${group}`, exact: true });
}

async function pickOption(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types a date as dd/mm/yyyy and closes the calendar that opened with the focus. */
async function typeDate(input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill('');
  await input.pressSequentially(date);
  await input.press('Escape');
  expect(await input.inputValue()).toBe(date);
}

async function pickUnit(page: Page, combobox: Locator, search: string, unitName: string): Promise<void> {
  await combobox.click();
  await combobox.fill(search);
  await page.getByRole('option', { name: new RegExp(`^${unitName}`) }).click();
}

function textbox(scope: Page | Locator, name: string) {
  return scope.getByRole('textbox', { name, exact: true });
}

function combobox(scope: Page | Locator, name: string) {
  return scope.getByRole('combobox', { name, exact: true });
}

describe('the inspection list', () => {
  it('opens at / with the five reports, newest first, and exports what it shows', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/`);

    await page.waitForURL(`${baseUrl}/inspections`);
    await page.getByRole('heading', { level: 1, name: 'Kiểm tra cải cách hành chính' }).waitFor();
    await inspectionRows(page).first().waitFor();
    const listed = await listedInspections(page);
    expect(listed.filter((row) => seeds.some(([unit, date]) => row[0] === unit && row[1] === date))).toEqual(seeds);
    // Rows with overdue directives say so, in words as well as colour.
    expect(
      await inspectionRows(page)
        .filter({ hasText: 'Huyện Kiến Thụy' })
        .getByText('1 quá hạn', { exact: true })
        .isVisible(),
    ).toBe(true);
    await saveScreenshot(page, 'inspections-list');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kiem-tra-cchc-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('finds Gia Lâm’s review meeting by "gia lam", and its page shows both tiers apart at 100,00 %', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/inspections`);
    await inspectionRows(page).first().waitFor();

    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).pressSequentially('gia lam');
    await page.waitForURL(/[?&]q=gia(\+|%20)lam(&|$)/);
    await eventually(() => listedInspections(page)).toEqual([['Huyện Gia Lâm', '28/06/2021']]);
    expect(await inspectionRows(page).getByText('Hội nghị sơ kết, tổng kết').isVisible()).toBe(true);

    await inspectionRows(page).getByRole('link', { name: 'Huyện Gia Lâm' }).click();
    await page.waitForURL(inspectionUrl);
    await page.getByRole('heading', { level: 1, name: 'Huyện Gia Lâm · 28/06/2021' }).waitFor();

    const district = rateTable(page, 'Huyện Gia Lâm · Cấp huyện · 16/12/2020–31/05/2021');
    const commune = rateTable(page, 'Huyện Gia Lâm · Cấp xã · 16/12/2020–31/05/2021');
    expect(await district.locator('tbody > tr').first().textContent()).toContain('100,00 % (12.616 / 12.616)');
    expect(await commune.locator('tbody > tr').first().textContent()).toContain('100,00 % (61.000 / 61.000)');
    expect(
      await page
        .getByRole('table', { name: 'Số liệu: Huyện Gia Lâm · Cấp xã · 16/12/2020–31/05/2021', exact: true })
        .getByRole('cell', { name: '61.494', exact: true })
        .isVisible(),
    ).toBe(true);
    await saveScreenshot(page, 'inspection-detail');

    // Printed: the page alone, without the header, navigation and buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'In', exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1, name: 'Huyện Gia Lâm · 28/06/2021' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'inspection-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows Vị Xuyên’s on-time rate as not reported, never as 0', async () => {
    const { page } = browser;
    await openFromSearch(page, 'vi xuyen', 'Huyện Vị Xuyên');

    const rates = rateTable(page, 'Huyện Vị Xuyên · Cấp huyện · 01/01/2021–31/07/2021');
    expect(await rates.locator('tbody > tr > td:last-child').allTextContents()).toEqual([
      'không có số liệu',
      'không có số liệu',
    ]);
    expect(await page.getByText(/^0([,.]0+)? ?%/).count()).toBe(0);
  });

  it('shows Thanh Trì’s 99,9 % as the district reported it', async () => {
    const { page } = browser;
    await openFromSearch(page, 'thanh tri', 'Huyện Thanh Trì');

    const rates = rateTable(page, 'Huyện Thanh Trì · 01/01/2015–09/07/2020');
    expect(await rates.locator('tbody > tr > td:last-child').allTextContents()).toEqual([
      '99,9 % (số liệu báo cáo)',
      '99,9 % (số liệu báo cáo)',
    ]);
    expect(await page.getByText('trên 400', { exact: true }).isVisible()).toBe(true);
  });

  it('shows a unit officer of Kiến An only Kiến An, and no way to log or edit', async () => {
    const context = await newContext(browser.browser);
    try {
      const officer = await context.newPage();
      await signIn(officer, 'kienan');
      // A unit officer's home is their directives; the inspections are a link away.
      await officer.waitForURL(`${baseUrl}/directives`);
      await officer.goto(`${baseUrl}/inspections`);
      await inspectionRows(officer).first().waitFor();

      const units = new Set((await listedInspections(officer)).map(([unit]) => unit));
      expect([...units]).toEqual(['Quận Kiến An']);
      expect(await officer.getByRole('link', { name: 'Ghi nhận đợt kiểm tra' }).count()).toBe(0);

      await inspectionRows(officer).getByRole('link').first().click();
      await officer.getByRole('heading', { level: 2, name: 'Chỉ đạo', exact: true }).waitFor();
      expect(await officer.getByRole('link', { name: 'Sửa', exact: true }).count()).toBe(0);
      expect(await officer.getByRole('button', { name: 'Xoá', exact: true }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('logging an inspection', () => {
  it('logs Kiến An’s 2020 visit from scratch, refusing a negative count at its field, and shows 100,00 %', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/inspections`);
    await page.getByRole('link', { name: 'Ghi nhận đợt kiểm tra' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ghi nhận đợt kiểm tra' }).waitFor();

    const general = page.getByRole('group', { name: 'Thông tin chung', exact: true });
    await typeDate(textbox(general, 'Ngày'), '18/12/2020');
    await pickOption(page, combobox(general, 'Buổi'), 'Buổi sáng');
    await pickOption(page, combobox(general, 'Hình thức'), 'Đoàn kiểm tra');
    await pickUnit(page, combobox(general, 'Đơn vị được kiểm tra'), 'kien an', 'Quận Kiến An');
    await textbox(general, 'Nội dung').fill('Kiểm tra tình hình thực hiện công tác cải cách hành chính năm 2020');
    await typeDate(textbox(general, 'Kỳ đánh giá từ ngày'), '01/01/2020');
    await typeDate(textbox(general, 'Kỳ đánh giá đến ngày'), '15/12/2020');

    const delegation = page.getByRole('group', { name: 'Đoàn kiểm tra và người chủ trì', exact: true });
    await textbox(delegation, 'Tên đoàn').fill('Đoàn kiểm tra số 3');
    await textbox(delegation, 'Người chủ trì, trưởng đoàn').fill('Nguyễn Đức Thọ');
    await textbox(delegation, 'Chức vụ').fill('Phó Chủ tịch UBND thành phố');

    await page.getByRole('button', { name: 'Thêm nhận xét' }).click();
    const finding = page.getByRole('group', { name: 'Nhận xét 1', exact: true });
    await pickOption(page, combobox(finding, 'Lĩnh vực CCHC'), 'Cải cách thủ tục hành chính');
    await textbox(finding, 'Nội dung nhận xét').fill('Không có hồ sơ quá hạn tính đến ngày 15/12.');

    // The first figure takes the inspection's period; each next one the tier and period of the one before.
    const figures: [string, string][] = [
      ['Hồ sơ tiếp nhận', '2.873'],
      ['Hồ sơ giải quyết đúng hạn', '2.763'],
      ['Hồ sơ đang giải quyết', '110'],
      ['Hồ sơ giải quyết quá hạn', '-1'],
      ['Hồ sơ đang giải quyết quá hạn', '0'],
    ];
    for (const [index, [indicator, value]] of figures.entries()) {
      await page.getByRole('button', { name: 'Thêm số liệu' }).click();
      const figure = page.getByRole('group', { name: `Số liệu ${index + 1}`, exact: true });
      await pickOption(page, combobox(figure, 'Chỉ tiêu'), indicator);
      if (index === 0) await pickOption(page, combobox(figure, 'Cấp giải quyết'), 'Cấp huyện');
      await textbox(figure, 'Giá trị').fill(value);
    }
    const lastFigure = page.getByRole('group', { name: 'Số liệu 5', exact: true });
    expect(await combobox(lastFigure, 'Cấp giải quyết').inputValue()).toBe('Cấp huyện');
    expect(await textbox(lastFigure, 'Từ ngày').inputValue()).toBe('01/01/2020');
    expect(await textbox(lastFigure, 'Đến ngày').inputValue()).toBe('15/12/2020');

    await page.getByRole('button', { name: 'Thêm chỉ đạo' }).click();
    const directive = page.getByRole('group', { name: 'Chỉ đạo 1', exact: true });
    expect(await combobox(directive, 'Đơn vị chủ trì').inputValue()).toBe('Quận Kiến An');
    await textbox(directive, 'Nội dung chỉ đạo').fill('Xây dựng và triển khai kế hoạch CCHC năm 2021.');
    await pickOption(page, combobox(directive, 'Lĩnh vực CCHC'), 'Công tác chỉ đạo, điều hành CCHC');
    await saveScreenshot(page, 'inspection-form');

    // A negative count is refused before anything is sent, at the field it belongs to.
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/inspections') {
        posts.push(request.url());
      }
    });
    await page.getByRole('button', { name: 'Lưu đợt kiểm tra' }).click();
    const badValue = textbox(page.getByRole('group', { name: 'Số liệu 4', exact: true }), 'Giá trị');
    await eventually(() => badValue.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await badValue.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-error'));
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('Giá trị không được âm.');
    expect(await page.getByRole('alert').first().textContent()).toContain('Còn 1 trường chưa hợp lệ.');
    await saveScreenshot(page, 'inspection-form-error');
    expect(posts).toEqual([]);

    await badValue.fill('0');
    await page.getByRole('button', { name: 'Lưu đợt kiểm tra' }).click();
    await page.waitForURL(inspectionUrl);
    await page.getByRole('status').getByText('Đã ghi nhận đợt kiểm tra.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Quận Kiến An · 18/12/2020' }).waitFor();
    const rates = rateTable(page, 'Quận Kiến An · Cấp huyện · 01/01/2020–15/12/2020');
    expect(await rates.locator('tbody > tr').first().textContent()).toContain('100,00 % (2.763 / 2.763)');
    expect(await page.getByText('Nguyễn Đức Thọ', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('Đang thực hiện trong hạn', { exact: true }).isVisible()).toBe(true);
  });
});

describe('editing an inspection', () => {
  // The administrator is the second person here: one sign-in, shared by the tests that need them.
  let adminContext: BrowserContext | undefined;
  let admin: Page | undefined;

  beforeAll(async () => {
    adminContext = await newContext(browser.browser);
    const signInPage = await adminContext.newPage();
    await signIn(signInPage, 'admin');
    await signInPage.close();
  });
  afterAll(async () => {
    await adminContext?.close();
  });

  async function openAdminPage(): Promise<Page> {
    if (!adminContext) throw new Error('The administrator signs in in beforeAll');
    await admin?.close();
    admin = await adminContext.newPage();
    return admin;
  }

  it('tells the second of two editors that someone saved first, and reloads the latest version', async () => {
    const { page } = browser;
    await openFromSearch(page, 'kien thuy', 'Huyện Kiến Thụy');
    const editUrl = `${page.url()}/edit`;
    const other = await openAdminPage();

    await other.goto(editUrl);
    await page.goto(editUrl);
    for (const editor of [page, other]) {
      await editor.getByRole('heading', { level: 1, name: 'Sửa đợt kiểm tra' }).waitFor();
    }

    // The inspector saves first.
    const mine = 'Kiểm tra CCHC năm 2018 (đã rà soát)';
    await textbox(page, 'Nội dung').fill(mine);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.waitForURL(inspectionUrl);
    await page.getByRole('status').getByText('Đã lưu các thay đổi.').waitFor();

    // The administrator, still on the version before, saves second.
    await textbox(other, 'Nội dung').fill('Kiểm tra CCHC năm 2018 (bản của quản trị)');
    await other.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const conflict = other.getByRole('alert').filter({ hasText: 'Đợt kiểm tra đã được người khác sửa' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('các thay đổi bạn đang nhập trên biểu mẫu này sẽ bị bỏ');
    await saveScreenshot(other, 'inspection-edit-conflict');

    await conflict.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
    await eventually(() => textbox(other, 'Nội dung').inputValue()).toBe(mine);
    expect(await other.getByText('Đợt kiểm tra đã được người khác sửa').count()).toBe(0);

    const theirs = `${mine}; bổ sung nguồn`;
    await textbox(other, 'Nội dung').fill(theirs);
    await other.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await other.waitForURL(inspectionUrl);
    await other.getByText(theirs, { exact: true }).waitFor();
  });

  it('lets the administrator delete an inspection after confirming, find it among the deleted, and restore it', async () => {
    const page = await openAdminPage();
    await openFromSearch(page, 'kien thuy', 'Huyện Kiến Thụy');
    const detailUrl = page.url();

    await page.getByRole('button', { name: 'Xoá', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Xoá đợt kiểm tra?' });
    await dialog.getByText(/^Đợt kiểm tra tại Huyện Kiến Thụy ngày 19\/09\/2018/).waitFor();
    await dialog.getByRole('button', { name: 'Xoá đợt kiểm tra' }).click();
    await page.getByRole('status').getByText('Đã xoá đợt kiểm tra.').waitFor();
    await page.getByText(/^Đợt kiểm tra này đã bị xoá lúc/).waitFor();

    await page.goto(`${baseUrl}/inspections`);
    await inspectionRows(page).first().waitFor();
    expect((await listedInspections(page)).map(([unit]) => unit)).not.toContain('Huyện Kiến Thụy');
    // Controlled by the URL: the box is ticked once the address has changed, not at the click itself.
    await page.getByRole('checkbox', { name: 'Chỉ xem các đợt đã xoá' }).click();
    await page.waitForURL(/[?&]deleted=1(&|$)/);
    await eventually(() => listedInspections(page)).toEqual([['Huyện Kiến Thụy', '19/09/2018']]);

    await page.goto(detailUrl);
    await page.getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByRole('status').getByText('Đã khôi phục đợt kiểm tra.').waitFor();
    expect(await page.getByRole('link', { name: 'Sửa', exact: true }).isVisible()).toBe(true);
  });

  it('asks before leaving a form with unsaved changes', async () => {
    const { page } = browser;
    await openFromSearch(page, 'kien thuy', 'Huyện Kiến Thụy');
    await page.getByRole('link', { name: 'Sửa', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sửa đợt kiểm tra' }).waitFor();
    await textbox(page, 'Nội dung').fill('Một thay đổi chưa lưu');

    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Kiểm tra CCHC' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ở lại' }).click();
    expect(page.url()).toMatch(/\/edit$/);
    expect(await textbox(page, 'Nội dung').inputValue()).toBe('Một thay đổi chưa lưu');

    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Kiểm tra CCHC' })
      .click();
    await dialog.getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
    await page.waitForURL(`${baseUrl}/inspections`);
    expect(await userMenuButton(page).isVisible()).toBe(true);
  });
});
