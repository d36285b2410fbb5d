import { todayInVietnam } from '@partrack/contracts';
import dayjs from 'dayjs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { eventually, newContext, saveScreenshot, setUpBrowserPage, signIn } from './browser';

const baseUrl = inject('baseUrl');
// One sign-in for the file as Kiến An's officer; the inspector and the leader sign in once each, when first needed.
const browser = setUpBrowserPage({ signedInAs: 'kienan' });

// Kiến An's seed directives that no other browser test touches: both open and overdue (due 18/03/2021).
const ANSWERED = 'Đầu tư trang thiết bị CNTT tại bộ phận Một cửa để người dân tra cứu, nộp hồ sơ.';
const EXTENDED =
  'Chỉnh trang đô thị; hoàn thành giai đoạn 1 và giải phóng mặt bằng giai đoạn 2 dự án nút giao Ngã 5 Kiến An.';
const ORIGINAL_DUE = '18/03/2021';

const today = todayInVietnam();
const todayShown = dayjs(today).format('DD/MM/YYYY');

/** A full-page screenshot from the top, so the fixed header sits where it belongs. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}

/** A small but valid PDF document: the API reads the type from the content, not from the name. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const contexts = new Map<string, BrowserContext>();

/** A page of another demo account, signed in once for the whole file (sign-ins are rate-limited). */
async function pageOf(username: string): Promise<Page> {
  let context = contexts.get(username);
  if (!context) {
    context = await newContext(browser.browser);
    const signInPage = await context.newPage();
    await signIn(signInPage, username);
    await signInPage.close();
    contexts.set(username, context);
  }
  return context.newPage();
}

afterAll(async () => {
  for (const context of contexts.values()) await context.close();
});

function directiveRows(page: Page) {
  return page.getByRole('table', { name: 'Danh sách chỉ đạo' }).locator('tbody > tr');
}

function rowOf(page: Page, text: string) {
  return directiveRows(page).filter({ has: page.getByRole('link', { name: text, exact: true }) });
}

function bucketTab(page: Page, label: string) {
  return page.getByRole('tab', { name: new RegExp(`^${label}( \\(\\d+\\))?$`) });
}

/** The count a bucket tab names, once it names one. */
async function bucketCount(page: Page, label: string): Promise<number> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${label} \\(\\d+\\)$`) });
  await tab.waitFor();
  return Number(/\((\d+)\)$/.exec((await tab.textContent()) ?? '')?.[1]);
}

/** The value of a field of the directive page ("Hạn xử lý (hạn gốc)"). */
function fact(page: Page, label: string): Locator {
  return page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
}

async function openDirective(page: Page, text: string): Promise<void> {
  await rowOf(page, text).getByRole('link', { name: text, exact: true }).click();
  await page.waitForURL(/\/directives\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

/** Types a date as dd/mm/yyyy and closes the calendar that opened with the focus. */
async function typeDate(input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill('');
  await input.pressSequentially(date);
  await input.press('Escape');
  expect(await input.inputValue()).toBe(date);
}

describe('directive follow-up', () => {
  it('Kiến An answers a directive with a PDF, the inspector accepts it, and it moves to a done bucket', async () => {
    const { page } = browser;
    browser.expectConsoleError(/status of 415 .* at .*\/evidence$/);

    // A unit officer's home is their directives.
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/directives`);
    await page.getByRole('heading', { level: 1, name: 'Chỉ đạo' }).waitFor();
    await directiveRows(page).first().waitFor();
    const leadUnits = await directiveRows(page).locator('td:nth-child(2)').allTextContents();
    expect(new Set(leadUnits)).toEqual(new Set(['Quận Kiến An']));
    const overdueBefore = await bucketCount(page, 'Đang thực hiện quá hạn');
    const lateBefore = await bucketCount(page, 'Hoàn thành quá hạn');
    expect(overdueBefore).toBeGreaterThanOrEqual(2);

    await bucketTab(page, 'Đang thực hiện quá hạn').click();
    await page.waitForURL(/[?&]bucket=open_overdue(&|$)/);
    const row = rowOf(page, ANSWERED);
    await row.waitFor();
    expect(await row.locator('td').nth(3).textContent()).toBe(ORIGINAL_DUE);
    expect(await row.locator('td').nth(5).textContent()).toBe('Báo cáo tiến độ');
    await screenshot(page, 'directives-unit-home');

    await openDirective(page, ANSWERED);
    const report = page.getByRole('region', { name: 'Báo cáo tiến độ' });
    await report
      .getByRole('textbox', { name: /^Nội dung báo cáo/ })
      .fill('Đã lắp đặt 2 máy tra cứu và 1 máy tính nộp hồ sơ.');
    await report.getByRole('textbox', { name: 'Tỷ lệ hoàn thành (%)' }).fill('100');
    await report.getByRole('checkbox', { name: 'Báo cáo đã hoàn thành chỉ đạo' }).check();
    expect(await report.getByRole('textbox', { name: /^Ngày hoàn thành/ }).inputValue()).toBe(todayShown);

    // A file that only pretends to be a PDF is refused by its content, and named; no report is sent.
    const files = report.locator('input[type="file"]');
    await files.setInputFiles({
      name: 'gia-mao.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('không phải PDF'),
    });
    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await report.getByText(/^Tệp “gia-mao.pdf” không thuộc loại được chấp nhận/).waitFor();
    await screenshot(page, 'directive-report-refused-file');

    await files.setInputFiles({ name: 'bien-ban-ban-giao.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.getByRole('status').getByText('Đã báo cáo hoàn thành. Chỉ đạo đang chờ thẩm định.').waitFor();
    const timeline = page.getByRole('list', { name: 'Quá trình thực hiện, cũ nhất trước' });
    await timeline.getByText(`Báo cáo hoàn thành ngày ${todayShown}`).waitFor();
    expect(await fact(page, 'Ngày đơn vị báo cáo hoàn thành').textContent()).toBe(todayShown);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      timeline.getByRole('button', { name: 'Tải xuống bien-ban-ban-giao.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bien-ban-ban-giao.pdf');
    await screenshot(page, 'directive-reported-done');
    const directiveUrl = page.url();

    // The inspector's home list is the review queue; the answer waits there.
    const inspector = await pageOf('noivu');
    await inspector.goto(`${baseUrl}/directives`);
    await inspector.getByRole('radio', { name: 'Chờ thẩm định' }).waitFor({ state: 'attached' });
    expect(await inspector.getByRole('radio', { name: 'Chờ thẩm định' }).isChecked()).toBe(true);
    const queued = rowOf(inspector, ANSWERED);
    await queued.waitFor();
    expect(await queued.locator('td').nth(5).textContent()).toBe('Cần thẩm định');
    await screenshot(inspector, 'directives-review-queue');

    await openDirective(inspector, ANSWERED);
    const review = inspector.getByRole('region', { name: 'Thẩm định kết quả' });
    await review.getByText(`Đơn vị báo cáo hoàn thành ngày ${todayShown}.`).waitFor();
    // Done today, long after 18/03/2021: accepted, it counts as late.
    expect(await review.locator('[data-bucket]').getAttribute('data-bucket')).toBe('done_late');
    await review.getByRole('button', { name: 'Công nhận hoàn thành' }).click();
    await inspector.getByRole('status').getByText('Đã công nhận hoàn thành.').waitFor();
    expect(await fact(inspector, 'Ngày hoàn thành được công nhận').textContent()).toBe(todayShown);
    expect(await inspector.locator('h1 ~ div [data-bucket]').first().getAttribute('data-bucket')).toBe('done_late');
    await screenshot(inspector, 'directive-accepted');
    await inspector.close();

    // Back at the unit: the directive has left the overdue bucket for "done late".
    await page.goto(directiveUrl);
    await page.getByText('Đã công nhận hoàn thành', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Gửi báo cáo' }).count()).toBe(0);
    await page.goto(`${baseUrl}/directives?bucket=done_late`);
    const done = rowOf(page, ANSWERED);
    await done.waitFor();
    expect(await done.locator('td').nth(5).textContent()).toBe('Đã hoàn thành');
    await eventually(() => bucketCount(page, 'Đang thực hiện quá hạn')).toBe(overdueBefore - 1);
    expect(await bucketCount(page, 'Hoàn thành quá hạn')).toBe(lateBefore + 1);
    await screenshot(page, 'directives-unit-done-late');
  });

  it('shows Kiến An “not found” for a Gia Lâm directive, and none of its content', async () => {
    const inspector = await pageOf('noivu');
    await inspector.goto(`${baseUrl}/directives?view=all`);
    const giaLam = directiveRows(inspector).filter({
      has: inspector.getByRole('cell', { name: 'Huyện Gia Lâm', exact: true }),
    });
    await giaLam.first().waitFor();
    const link = giaLam.first().getByRole('link').first();
    const [href, text] = [await link.getAttribute('href'), await link.textContent()];
    await inspector.close();
    expect(href).toMatch(/^\/directives\/[0-9a-f-]{36}$/);

    const { page } = browser;
    browser.expectConsoleError(/status of 404 .* at .*\/api\/v1\/directives\/[0-9a-f-]{36}$/);
    await page.goto(`${baseUrl}${href}`);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
    expect(await page.getByText(text ?? '', { exact: true }).count()).toBe(0);
    await screenshot(page, 'directive-not-found');
  });

  it('keeps the original due date and the lateness after an approved extension, with the new date beside it', async () => {
    const { page } = browser;
    const extendedTo = dayjs(today).add(60, 'day').format('DD/MM/YYYY');

    await page.goto(`${baseUrl}/directives?bucket=open_overdue`);
    await rowOf(page, EXTENDED).waitFor();
    await openDirective(page, EXTENDED);
    await page.getByRole('button', { name: 'Xin gia hạn' }).click();
    const request = page.getByRole('region', { name: 'Xin gia hạn' });
    await typeDate(request.getByRole('textbox', { name: /^Hạn mới đề nghị/ }), extendedTo);
    await request.getByRole('textbox', { name: /^Lý do/ }).fill('Chờ bố trí vốn giải phóng mặt bằng giai đoạn 2.');
    await request.getByRole('button', { name: 'Gửi đề nghị gia hạn' }).click();
    await page.getByRole('status').getByText('Đã gửi đề nghị gia hạn.').waitFor();
    await page.getByText('Chờ quyết định gia hạn', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Xin gia hạn' }).count()).toBe(0);

    // The leader starts at the overdue list, and finds the request among the extensions to decide.
    const leader = await pageOf('lanhdao');
    await leader.goto(`${baseUrl}/directives`);
    expect(await leader.getByRole('tab', { selected: true }).textContent()).toMatch(/^Đang thực hiện quá hạn/);
    await leader.locator('label', { hasText: 'Chờ quyết định gia hạn' }).click();
    await leader.waitForURL(/[?&]view=extensions(&|$)/);
    const asked = rowOf(leader, EXTENDED);
    await asked.waitFor();
    expect(await asked.locator('td').nth(5).textContent()).toBe('Cần quyết định gia hạn');
    await openDirective(leader, EXTENDED);
    const decide = leader.getByRole('region', { name: 'Quyết định gia hạn' });
    await decide.getByText(`Đơn vị đề nghị gia hạn đến ${extendedTo}.`).waitFor();
    await decide.getByRole('button', { name: 'Đồng ý gia hạn' }).click();
    await leader.getByRole('status').getByText('Đã đồng ý gia hạn.').waitFor();

    // Still due 18/03/2021 for the statistics, still overdue; the extension shows beside it.
    expect(await fact(leader, 'Hạn xử lý (hạn gốc)').textContent()).toBe(`${ORIGINAL_DUE}gia hạn đến ${extendedTo}`);
    expect(await leader.locator('h1 ~ div [data-bucket]').first().getAttribute('data-bucket')).toBe('open_overdue');
    await screenshot(leader, 'directive-extension-approved');

    await leader.goto(`${baseUrl}/directives`);
    const overdue = rowOf(leader, EXTENDED);
    await overdue.waitFor();
    expect(await overdue.locator('td').nth(3).textContent()).toBe(`${ORIGINAL_DUE}gia hạn đến ${extendedTo}`);
    await screenshot(leader, 'directives-leader-overdue');
    await leader.close();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: EXTENDED }).waitFor();
    expect(await fact(page, 'Hạn xử lý (hạn gốc)').textContent()).toBe(`${ORIGINAL_DUE}gia hạn đến ${extendedTo}`);
    expect(await page.getByRole('button', { name: 'Xin gia hạn' }).isVisible()).toBe(true);
  });
});
