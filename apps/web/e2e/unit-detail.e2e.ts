import type { Response } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { eventually, saveScreenshot, setUpBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = setUpBrowserPage({ signedInAs: 'lanhdao' });

const unitUrl = /\/units\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function section(name: string) {
  const { page } = browser;
  return page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
}

describe('a unit page', () => {
  it('opens from a search result and survives a reload of its address', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/units?q=gia%20lam`);

    await page.getByRole('link', { name: 'Huyện Gia Lâm' }).click();
    await page.waitForURL(unitUrl);
    await page.getByRole('heading', { level: 1, name: 'Huyện Gia Lâm' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Huyện Gia Lâm' }).waitFor();
    const breadcrumb = page.getByRole('navigation', { name: 'Vị trí trong cây đơn vị' });
    expect(await breadcrumb.getByRole('link').allTextContents()).toEqual(['Đơn vị hành chính', 'Thành phố Hà Nội']);
  });

  it('places a commune in the tree with its breadcrumb, and follows it up to the province', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/units?q=viet%20lam`);
    await page.getByRole('link', { name: 'Xã Việt Lâm' }).click();
    await page.getByRole('heading', { level: 1, name: 'Xã Việt Lâm' }).waitFor();

    const breadcrumb = page.getByRole('navigation', { name: 'Vị trí trong cây đơn vị' });
    expect(await breadcrumb.getByRole('link').allTextContents()).toEqual([
      'Đơn vị hành chính',
      'Tỉnh Hà Giang',
      'Huyện Vị Xuyên',
    ]);
    expect(await breadcrumb.locator('[aria-current="page"]').textContent()).toBe('Xã Việt Lâm');
    // The children load beside the unit's history: wait for them rather than read them at once.
    await section('Đơn vị trực thuộc').getByText('Không có đơn vị trực thuộc.').waitFor();

    await breadcrumb.getByRole('link', { name: 'Tỉnh Hà Giang' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tỉnh Hà Giang' }).waitFor();
    await eventually(() => section('Đơn vị trực thuộc').getByRole('link').allTextContents()).toEqual([
      'Sở Nội vụ tỉnh Hà Giang',
      'Huyện Vị Xuyên',
    ]);
    // The children share this page's unit as parent, so their rows do not repeat it.
    expect(
      await section('Đơn vị trực thuộc')
        .getByText(/^thuộc /)
        .count(),
    ).toBe(0);
  });

  it('shows that Hà Giang ended on 30/06/2025 and was succeeded by Tuyên Quang from 01/07/2025', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/units?q=ha%20giang&level=province`);
    await page.getByRole('link', { name: 'Tỉnh Hà Giang' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tỉnh Hà Giang' }).waitFor();

    expect(await page.locator('dd').allTextContents()).toEqual(['02', 'hiệu lực đến 30/06/2025']);
    const successors = section('Đơn vị kế thừa');
    expect(await successors.getByRole('link').allTextContents()).toEqual(['Tỉnh Tuyên Quang']);
    expect(await successors.getByText('từ ngày 01/07/2025', { exact: true }).isVisible()).toBe(true);
    expect(await successors.getByText(/^Nghị quyết 202\/2025\/QH15/).isVisible()).toBe(true);
    expect(await section('Đơn vị tiền thân').getByText('Không có đơn vị tiền thân.').isVisible()).toBe(true);
    await saveScreenshot(page, 'unit-detail');

    await successors.getByRole('link', { name: 'Tỉnh Tuyên Quang' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tỉnh Tuyên Quang' }).waitFor();
    const predecessors = section('Đơn vị tiền thân');
    expect(await predecessors.getByRole('link').allTextContents()).toEqual(['Tỉnh Hà Giang']);
    expect(await predecessors.getByText('từ ngày 01/07/2025', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('dd').allTextContents()).toEqual(['Chưa có mã', 'hiệu lực từ 01/07/2025']);
  });

  it('reports an unknown unit id as not found, with the request id the API gave', async () => {
    const { page } = browser;
    const id = '00000000-0000-4000-8000-000000000000';
    browser.expectConsoleError(new RegExp(`status of 404 .* at ${baseUrl}/api/v1/units/${id}$`));

    // Every answer the page got for the unit (the page may ask again, e.g. after renewing its session).
    const answers: { status: number; requestId: string }[] = [];
    const onResponse = async (candidate: Response) => {
      if (new URL(candidate.url()).pathname !== `/api/v1/units/${id}`) return;
      // The header carries the same id as the body; headers never race the page's own read of the body.
      answers.push({ status: candidate.status(), requestId: (await candidate.allHeaders())['x-request-id'] ?? '' });
    };
    page.on('response', onResponse);
    await page.goto(`${baseUrl}/units/${id}`);

    const alert = page.getByRole('alert');
    await alert.getByText('Không tìm thấy dữ liệu được yêu cầu.').waitFor();
    page.off('response', onResponse);
    const shown = (await alert.getByText(/^Mã yêu cầu: /).textContent())?.replace('Mã yêu cầu: ', '');
    expect(shown).toMatch(/^[0-9a-f-]{36}$/);
    // The id shown is one the API gave with its 404, and the API never answered otherwise.
    await eventually(() => answers.some((answer) => answer.requestId === shown)).toBe(true);
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 404));
    // Asking again would not make it exist: no retry button, a way back instead.
    expect(await alert.getByRole('button', { name: 'Thử lại' }).count()).toBe(0);
    await saveScreenshot(page, 'unit-not-found');

    await page.getByRole('link', { name: 'Về danh sách đơn vị hành chính' }).click();
    await page.waitForURL(`${baseUrl}/units`);
    await page.getByRole('heading', { level: 1, name: 'Đơn vị hành chính' }).waitFor();
  });

  it('reports an id that cannot be a unit as not found without asking the API', async () => {
    const { page } = browser;
    const unitRequests: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/v1/units/')) unitRequests.push(pathname);
    });

    await page.goto(`${baseUrl}/units/not-a-uuid`);

    await page.getByRole('alert').getByText('Không tìm thấy dữ liệu được yêu cầu.').waitFor();
    expect(unitRequests).toEqual([]);
  });
});
