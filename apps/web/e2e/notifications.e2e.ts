import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { eventually, saveScreenshot, setUpBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
// The server runs the reminder job when it starts: Kiến An's new and overdue directives are waiting.
const browser = setUpBrowserPage({ signedInAs: 'kienan' });

const directiveUrl = /\/directives\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const unreadBell = /^Thông báo \((\d+) chưa đọc\)$/;

/** The unread count the bell names, once it names one. */
async function unreadCount(page: Page): Promise<number> {
  const bell = page.getByRole('button', { name: unreadBell });
  await bell.waitFor();
  const name = (await bell.getAttribute('aria-label')) ?? '';
  return Number(unreadBell.exec(name)?.[1]);
}

describe('the notification bell', () => {
  it('shows a unit officer the reminders, follows one to its directive, and the unread count drops', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/inspections`);
    const before = await unreadCount(page);
    expect(before).toBeGreaterThan(0);

    await page.getByRole('button', { name: unreadBell }).click();
    const list = page.getByRole('list', { name: 'Thông báo' });
    await list.waitFor();
    const unread = list.locator('a[data-unread]');
    expect(await unread.count()).toBeGreaterThan(0);
    // Each names its kind in the reader's language, then the API's message and when it came.
    for (const text of await list.getByRole('link').allTextContents()) {
      expect(text).toMatch(/^(Chưa đọc: )?(Chỉ đạo mới|Sắp đến hạn|Quá hạn)(Chỉ đạo mới|Sắp đến hạn|Quá hạn từ)/);
      expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    }
    await saveScreenshot(page, 'notifications');

    const first = unread.first();
    const href = (await first.getAttribute('href')) ?? '';
    expect(href).toMatch(directiveUrl);
    // A directive can have several notices (new, then overdue): opening one reads that one only.
    const unreadOfDirective = () => list.locator(`a[href="${href}"][data-unread]`).count();
    const unreadOfDirectiveBefore = await unreadOfDirective();
    await first.click();

    await page.waitForURL(`${baseUrl}${href}`);
    expect(await list.count()).toBe(0);
    await eventually(() => unreadCount(page)).toBe(before - 1);

    // Read on the server, not only on this page: a fresh load counts the same.
    await page.goto(`${baseUrl}/inspections`);
    expect(await unreadCount(page)).toBe(before - 1);
    await page.getByRole('button', { name: unreadBell }).click();
    await list.waitFor();
    expect(await unreadOfDirective()).toBe(unreadOfDirectiveBefore - 1);
  });
});
