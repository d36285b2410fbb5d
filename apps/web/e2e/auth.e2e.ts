import type { Page, Response } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fillSignInForm, saveScreenshot, setUpBrowserPage, signIn, signOut, userMenuButton } from './browser';

const baseUrl = inject('baseUrl');
// A fresh context (no cookie, empty storage) per test: each test signs in itself.
const browser = setUpBrowserPage();

const REFRESH_COOKIE = 'partrack_refresh';

function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

function isAuthCall(path: string) {
  return (response: Response) =>
    new URL(response.url()).pathname === `/api/v1/auth/${path}` && response.request().method() === 'POST';
}

const demoAccounts = [
  {
    username: 'admin',
    displayName: 'Quản trị hệ thống',
    summary: 'Quản trị viên',
    unit: 'Tất cả đơn vị',
    home: '/inspections',
    navigation: [
      'Tổng quan',
      'Kiểm tra CCHC',
      'Chỉ đạo',
      'Đơn vị hành chính',
      'Nhập số liệu một cửa',
      'Người dùng',
      'Nhật ký hệ thống',
    ],
  },
  {
    username: 'noivu',
    displayName: 'Chuyên viên Sở Nội vụ',
    summary: 'Chuyên viên Nội vụ',
    unit: 'Tất cả đơn vị',
    home: '/inspections',
    navigation: ['Tổng quan', 'Kiểm tra CCHC', 'Chỉ đạo', 'Đơn vị hành chính', 'Nhập số liệu một cửa'],
  },
  {
    username: 'lanhdao',
    displayName: 'Lãnh đạo UBND',
    summary: 'Lãnh đạo',
    unit: 'Tất cả đơn vị',
    home: '/dashboard',
    navigation: ['Tổng quan', 'Kiểm tra CCHC', 'Chỉ đạo', 'Đơn vị hành chính'],
  },
  {
    username: 'kienan',
    displayName: 'Cán bộ Quận Kiến An',
    summary: 'Cán bộ đơn vị · Quận Kiến An',
    unit: 'Quận Kiến An',
    home: '/directives',
    navigation: ['Tổng quan', 'Kiểm tra CCHC', 'Chỉ đạo', 'Đơn vị hành chính'],
  },
  {
    username: 'gialam',
    displayName: 'Cán bộ Huyện Gia Lâm',
    summary: 'Cán bộ đơn vị · Huyện Gia Lâm',
    unit: 'Huyện Gia Lâm',
    home: '/directives',
    navigation: ['Tổng quan', 'Kiểm tra CCHC', 'Chỉ đạo', 'Đơn vị hành chính'],
  },
];

describe('signing in', () => {
  it.each(demoAccounts)(
    '$username signs in, is named with role and unit in the header, and sees the navigation of that role only',
    async ({ username, displayName, summary, unit, home, navigation }) => {
      const { page } = browser;
      await page.goto(`${baseUrl}/login`);
      await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();

      await signIn(page, username);

      // Home is the directives for a unit officer, the inspections for everyone else.
      await page.waitForURL(`${baseUrl}${home}`);
      expect(await mainNavigation(page).getByRole('link').allTextContents()).toEqual(navigation);
      const menuButton = userMenuButton(page);
      expect(await menuButton.getAttribute('aria-label')).toBe(`Tài khoản: ${displayName}`);
      expect(await menuButton.getByText(displayName, { exact: true }).isVisible()).toBe(true);
      expect(await menuButton.getByText(summary, { exact: true }).isVisible()).toBe(true);

      await menuButton.click();
      expect(await page.getByText(`Đơn vị: ${unit}`, { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText(`Tên đăng nhập: ${username}`, { exact: true }).isVisible()).toBe(true);
    },
  );

  it('keeps a unit officer out of the administration screens without asking the API for them', async () => {
    const { page } = browser;
    const adminRequests: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/v1/users') || pathname.startsWith('/api/v1/audit-events')) {
        adminRequests.push(pathname);
      }
    });
    await signIn(page, 'kienan');

    await page.goto(`${baseUrl}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    expect(await userMenuButton(page).isVisible()).toBe(true);

    await page.goto(`${baseUrl}/admin/audit`);
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    expect(await page.title()).toBe('Không có quyền truy cập · partrack');
    expect(adminRequests).toEqual([]);
  });

  it('says that the username or password is wrong, and stays signed out', async () => {
    const { page, context } = browser;
    browser.expectConsoleError(/status of 401 .* at .*\/api\/v1\/auth\/login$/);
    await page.goto(`${baseUrl}/login`);
    await saveScreenshot(page, 'login');

    const [response] = await Promise.all([
      page.waitForResponse(isAuthCall('login')),
      fillSignInForm(page, 'noivu', 'not-the-password'),
    ]);

    expect(response.status()).toBe(401);
    await page.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    expect(page.url()).toBe(`${baseUrl}/login`);
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain(REFRESH_COOKIE);
    await saveScreenshot(page, 'login-wrong-password');
  });

  it('sends a signed-out visitor to the sign-in page and back to the page they asked for', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/admin/audit?action=auth.login`);

    await page.waitForURL(`${baseUrl}/login`);
    await signIn(page, 'admin');

    await page.waitForURL(`${baseUrl}/admin/audit?action=auth.login`);
    await page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }).waitFor();
  });
});

describe('the session', () => {
  it('survives a reload through a silent refresh, and its access token is kept out of storage', async () => {
    const { page } = browser;
    const [login] = await Promise.all([page.waitForResponse(isAuthCall('login')), signIn(page, 'gialam')]);
    const { accessToken } = (await login.json()) as { accessToken: string };
    await page.goto(`${baseUrl}/units?q=gia%20lam`);
    await page.getByRole('link', { name: 'Huyện Gia Lâm' }).waitFor();

    const [refresh] = await Promise.all([page.waitForResponse(isAuthCall('refresh')), page.reload()]);

    expect(refresh.status()).toBe(200);
    await userMenuButton(page).waitFor();
    expect(page.url()).toBe(`${baseUrl}/units?q=gia%20lam`);
    await page.getByRole('link', { name: 'Huyện Gia Lâm' }).waitFor();
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage, ...window.sessionStorage }));
    expect(stored).not.toContain(accessToken);
    expect(stored).not.toContain('eyJ');
  });

  it('ends on signing out: back to the sign-in page, still signed out after a reload, the old cookie refused', async () => {
    const { page, context } = browser;
    await signIn(page, 'lanhdao');
    const refreshCookie = (await context.cookies()).find((cookie) => cookie.name === REFRESH_COOKIE);
    expect(refreshCookie?.httpOnly).toBe(true);

    const [logout] = await Promise.all([page.waitForResponse(isAuthCall('logout')), signOut(page)]);

    expect(logout.status()).toBe(204);
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain(REFRESH_COOKIE);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await page.goto(`${baseUrl}/units`);
    await page.waitForURL(`${baseUrl}/login`);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    expect(await userMenuButton(page).count()).toBe(0);

    // The API revoked the session itself: the cookie from before signing out no longer works.
    const replay = await fetch(`${baseUrl}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: { Cookie: `${REFRESH_COOKIE}=${refreshCookie?.value}` },
    });
    expect(replay.status).toBe(401);
  });
});
