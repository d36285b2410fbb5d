import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  eventually,
  field,
  fillSignInForm,
  newContext,
  saveScreenshot,
  setUpBrowserPage,
  signIn,
  signOut,
  userMenuButton,
} from './browser';

const baseUrl = inject('baseUrl');
const browser = setUpBrowserPage({ signedInAs: 'admin' });

const FIRST_PASSWORD = 'mat-khau-ban-dau-2025';

interface NewUser {
  username: string;
  displayName: string;
  role: string;
  /** Typed into the unit picker, then the option of that name is chosen. */
  unit?: { search: string; name: string };
}

function usersTable(page: Page) {
  return page.getByRole('table', { name: 'Danh sách người dùng' });
}

function userRow(page: Page, username: string) {
  return usersTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: username, exact: true }) });
}

async function openCreateForm(page: Page) {
  await page.goto(`${baseUrl}/admin/users`);
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  return page.getByRole('dialog', { name: 'Thêm người dùng' });
}

/** Fills in the "add user" form; leaves submitting to the caller. */
async function fillCreateForm(page: Page, user: NewUser) {
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await field(dialog, 'Tên đăng nhập').fill(user.username);
  await field(dialog, 'Họ và tên').fill(user.displayName);
  await dialog.getByRole('combobox', { name: 'Vai trò' }).click();
  await page.getByRole('option', { name: user.role, exact: true }).click();
  if (user.unit) {
    await dialog.getByRole('combobox', { name: 'Đơn vị' }).pressSequentially(user.unit.search);
    await page.getByRole('option', { name: user.unit.name }).click();
  }
  await field(dialog, 'Mật khẩu').fill(FIRST_PASSWORD);
  return dialog;
}

async function createUser(page: Page, user: NewUser) {
  await openCreateForm(page);
  const dialog = await fillCreateForm(page, user);
  await dialog.getByRole('button', { name: 'Tạo người dùng' }).click();
  await page.getByRole('status').getByText(`Đã tạo người dùng ${user.username}.`).waitFor();
}

/** A second browser context for the new user, closed when `use` ends. */
async function asAnotherUser(use: (page: Page) => Promise<void>) {
  const context = await newContext(browser.browser);
  try {
    await use(await context.newPage());
  } finally {
    await context.close();
  }
}

function todayAsTyped(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
}

describe('user administration', () => {
  it('creates a unit officer of Huyện Thanh Trì, who can then sign in and sees their unit', async () => {
    const { page } = browser;
    browser.expectConsoleError(/status of 409 .* at .*\/api\/v1\/users$/);
    await openCreateForm(page);

    // A unit officer needs a unit: the form says so before asking the API.
    const dialog = await fillCreateForm(page, {
      username: 'kienan',
      displayName: 'Cán bộ Thanh Trì',
      role: 'Cán bộ đơn vị',
    });
    await dialog.getByRole('button', { name: 'Tạo người dùng' }).click();
    await dialog.getByText('Cán bộ đơn vị phải thuộc một đơn vị.').waitFor();

    await dialog.getByRole('combobox', { name: 'Đơn vị' }).pressSequentially('thanh tri');
    await page.getByRole('option', { name: 'Huyện Thanh Trì' }).click();
    await saveScreenshot(page, 'users-create');
    await dialog.getByRole('button', { name: 'Tạo người dùng' }).click();

    // The API refuses a taken username; its answer shows next to the field.
    await dialog.getByText('Tên đăng nhập này đã được sử dụng.').waitFor();
    expect(await field(dialog, 'Tên đăng nhập').getAttribute('aria-invalid')).toBe('true');
    await field(dialog, 'Tên đăng nhập').fill('thanhtri.canbo');
    await dialog.getByRole('button', { name: 'Tạo người dùng' }).click();

    await page.getByRole('status').getByText('Đã tạo người dùng thanhtri.canbo.').waitFor();
    await eventually(() => userRow(page, 'thanhtri.canbo').getByRole('cell').allTextContents()).toEqual([
      'thanhtri.canbo',
      'Cán bộ Thanh Trì',
      'Cán bộ đơn vị',
      'Huyện Thanh Trì',
      'Đang hoạt động',
      expect.stringContaining('Sửa'),
    ]);

    // The search ignores diacritics: "can bo thanh tri" finds "Cán bộ Thanh Trì".
    await page.getByRole('searchbox', { name: 'Tìm người dùng' }).pressSequentially('can bo thanh tri');
    await page.waitForURL(/[?&]q=can(\+|%20)bo(\+|%20)thanh(\+|%20)tri(&|$)/);
    await eventually(() => usersTable(page).getByRole('row').count()).toBe(2);
    expect(await userRow(page, 'thanhtri.canbo').count()).toBe(1);
    await saveScreenshot(page, 'users');

    await asAnotherUser(async (officer) => {
      await signIn(officer, 'thanhtri.canbo', FIRST_PASSWORD);
      const menuButton = userMenuButton(officer);
      expect(await menuButton.getByText('Cán bộ Thanh Trì', { exact: true }).isVisible()).toBe(true);
      expect(await menuButton.getByText('Cán bộ đơn vị · Huyện Thanh Trì', { exact: true }).isVisible()).toBe(true);
      expect(
        await officer.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link').allTextContents(),
      ).toEqual(['Tổng quan', 'Kiểm tra CCHC', 'Chỉ đạo', 'Đơn vị hành chính']);
    });
  });

  it('lists users by role and status, page by page, from the URL', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/admin/users?role=unit_officer&status=active`);

    await eventually(() => usersTable(page).getByRole('row').count()).toBeGreaterThan(1);
    const roles = await usersTable(page).locator('tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(roles)).toEqual(new Set(['Cán bộ đơn vị']));
    expect(await userRow(page, 'kienan').count()).toBe(1);
    expect(await userRow(page, 'admin').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Vai trò' }).inputValue()).toBe('Cán bộ đơn vị');
    expect(await page.getByRole('combobox', { name: 'Trạng thái' }).inputValue()).toBe('Đang hoạt động');

    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await page.waitForURL(`${baseUrl}/admin/users`);
    await eventually(() => userRow(page, 'admin').count()).toBe(1);
  });

  it('disables a user: their open session ends and they can no longer sign in', async () => {
    const { page } = browser;
    await createUser(page, { username: 'tamnghi.chuyenvien', displayName: 'Chuyên viên tạm nghỉ', role: 'Lãnh đạo' });

    await asAnotherUser(async (user) => {
      await signIn(user, 'tamnghi.chuyenvien', FIRST_PASSWORD);

      await userRow(page, 'tamnghi.chuyenvien')
        .getByRole('button', { name: 'Sửa người dùng tamnghi.chuyenvien' })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Sửa người dùng tamnghi.chuyenvien' });
      await dialog.getByRole('switch', { name: 'Cho phép đăng nhập' }).click();
      await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await page.getByRole('status').getByText('Đã lưu người dùng tamnghi.chuyenvien.').waitFor();
      await eventually(() => userRow(page, 'tamnghi.chuyenvien').getByRole('cell').nth(4).textContent()).toBe(
        'Đã vô hiệu hoá',
      );

      // Their tab cannot renew its session any more: a reload lands on the sign-in page.
      await user.reload();
      await user.waitForURL(`${baseUrl}/login`);
      await user.getByText('Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.').waitFor();
      await fillSignInForm(user, 'tamnghi.chuyenvien', FIRST_PASSWORD);
      await user.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
      expect(user.url()).toBe(`${baseUrl}/login`);
    });
  });

  it('stops an administrator from disabling or demoting themselves', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/admin/users?q=admin`);

    await userRow(page, 'admin').getByRole('button', { name: 'Sửa người dùng admin' }).click();

    const dialog = page.getByRole('dialog', { name: 'Sửa người dùng admin' });
    expect(await dialog.getByRole('switch', { name: 'Cho phép đăng nhập' }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('combobox', { name: 'Vai trò' }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Lưu thay đổi' }).isDisabled()).toBe(true);
  });
});

describe('the audit trail', () => {
  it('shows the newest events first, filters them by action and date, and opens one to show its change', async () => {
    const { page } = browser;
    await createUser(page, { username: 'nhatky.kiemtra', displayName: 'Kiểm tra nhật ký', role: 'Chuyên viên Nội vụ' });
    await userRow(page, 'nhatky.kiemtra').getByRole('button', { name: 'Đặt lại mật khẩu của nhatky.kiemtra' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đặt lại mật khẩu của nhatky.kiemtra' });
    await field(dialog, 'Mật khẩu mới').fill('mat-khau-moi-cua-nhat-ky');
    await field(dialog, 'Nhập lại mật khẩu mới').fill('mat-khau-moi-cua-nhat-ky');
    await dialog.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await page.getByRole('status').getByText('Đã đặt lại mật khẩu của nhatky.kiemtra.').waitFor();

    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Nhật ký hệ thống' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }).waitFor();
    const table = page.getByRole('table', { name: 'Nhật ký hệ thống' });
    const rows = table.locator('tbody > tr');
    await eventually(() => rows.count()).toBeGreaterThan(2);

    // Newest first: the reset, then the creation it followed, both by admin, from this machine.
    const [reset, created] = [rows.nth(0), rows.nth(1)];
    const cells = (row: Locator) => row.locator(':scope > td').allTextContents();
    const [, resetTime, resetActor, resetAction, resetEntity, resetIp, resetRequestId] = await cells(reset);
    const [, createdTime, createdActor, createdAction, createdEntity, createdIp, createdRequestId] =
      await cells(created);
    expect([resetAction, createdAction]).toEqual(['Đặt lại mật khẩu', 'Tạo người dùng']);
    expect([resetActor, createdActor]).toEqual(['admin', 'admin']);
    expect([resetIp, createdIp]).toEqual(['127.0.0.1', '127.0.0.1']);
    // The created user is named from the event's own record, next to its id.
    expect(createdEntity).toMatch(/^Người dùng · nhatky\.kiemtra[0-9a-f]{8}-[0-9a-f-]{27}$/);
    // The event names the user it concerns, not just their id.
    expect(resetEntity).toBe(createdEntity);
    for (const time of [resetTime, createdTime]) expect(time).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(resetRequestId).not.toBe(createdRequestId);
    expect(resetRequestId).not.toBe('—');

    await page.getByRole('combobox', { name: 'Hành động' }).click();
    await page.getByRole('option', { name: 'Tạo người dùng', exact: true }).click();
    await page.waitForURL(/[?&]action=user\.created(&|$)/);
    // As a reader would: the list shows the action's events before the next filter is typed. Typing at
    // once can race the screen's update from the address and lose the action (a slow page, many events).
    await eventually(async () => new Set(await rows.locator(':scope > td:nth-child(4)').allTextContents())).toEqual(
      new Set(['Tạo người dùng']),
    );
    const fromDate = page.getByRole('textbox', { name: 'Từ ngày' });
    await fromDate.click();
    await fromDate.pressSequentially(todayAsTyped());
    // Tab moves on to "Đến ngày", whose calendar opens on focus; Escape closes it as a reader would.
    await fromDate.press('Tab');
    await page.keyboard.press('Escape');
    await page.waitForURL(/[?&]from=\d{4}-\d{2}-\d{2}(&|$)/);
    await eventually(async () => new Set(await rows.locator(':scope > td:nth-child(4)').allTextContents())).toEqual(
      new Set(['Tạo người dùng']),
    );

    const creation = rows.filter({ hasText: 'nhatky.kiemtra' });
    await creation.getByRole('button', { name: /^Xem chi tiết sự kiện số \d+$/ }).click();
    const details = page.locator('tbody > tr[id^="audit-details-"]');
    await details.waitFor();
    expect(await details.getByRole('region', { name: 'Trước' }).textContent()).toContain('Không có dữ liệu.');
    const after = await details.getByRole('region', { name: 'Sau' }).textContent();
    expect(after).toContain('"username": "nhatky.kiemtra"');
    expect(after).toContain('"role": "inspector"');
    await saveScreenshot(page, 'audit');
  });
});

describe('changing one’s own password', () => {
  it('keeps the user signed in, refuses a wrong current password, and the new one works next time', async () => {
    const { page } = browser;
    await createUser(page, { username: 'doimatkhau.thu', displayName: 'Thử đổi mật khẩu', role: 'Lãnh đạo' });
    const newPassword = 'mat-khau-rieng-cua-toi';

    await asAnotherUser(async (user) => {
      await signIn(user, 'doimatkhau.thu', FIRST_PASSWORD);
      await userMenuButton(user).click();
      await user.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
      const dialog = user.getByRole('dialog', { name: 'Đổi mật khẩu' });

      await field(dialog, 'Mật khẩu hiện tại').fill('khong-phai-mat-khau');
      await field(dialog, 'Mật khẩu mới').fill(newPassword);
      await field(dialog, 'Nhập lại mật khẩu mới').fill(newPassword);
      await dialog.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
      await dialog.getByText('Mật khẩu hiện tại không đúng.').waitFor();

      await field(dialog, 'Mật khẩu hiện tại').fill(FIRST_PASSWORD);
      await dialog.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
      await dialog
        .getByRole('status')
        .getByText(/^Đã đổi mật khẩu\./)
        .waitFor();
      await dialog.getByRole('button', { name: 'Đóng' }).click();

      // The new session replaced the old one, and its cookie renews it after a reload.
      await user.reload();
      await userMenuButton(user).waitFor();
      // A leader's home is the dashboard.
      expect(user.url()).toBe(`${baseUrl}/dashboard`);

      await signOut(user);
      await fillSignInForm(user, 'doimatkhau.thu', FIRST_PASSWORD);
      await user.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
      await signIn(user, 'doimatkhau.thu', newPassword);
    });
  });
});
