import { sourceReport } from '@partrack/report-extract/testing';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { eventually, field, saveScreenshot, setUpBrowserPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = setUpBrowserPage({ signedInAs: 'noivu' });

const inspectionUrl = /\/inspections\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The mark of a passage, by what was read from it (its description, also its tooltip). */
function passage(page: Page, readAs: string) {
  return page.locator(`mark[title="${readAs}"]`);
}

/**
 * The middle of `words` within a passage: a passage that wraps has a bounding box whose centre (where
 * Playwright points by default) can lie on another passage.
 */
async function pointAt(locator: Locator, words: string): Promise<{ x: number; y: number }> {
  return locator.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${wanted}" is not in the passage`);
  }, words);
}

/** The legend of the form row that holds the focus: "Số liệu 3". */
function focusedRowLegend(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.activeElement?.closest('fieldset[data-row-key]')?.querySelector('legend')?.textContent ?? null,
  );
}

describe('importing an inspection from report text', () => {
  it('reads Vị Xuyên’s report into the form beside the highlighted text, and saves it as a new inspection', async () => {
    const { page } = browser;
    const text = sourceReport('02-vi-xuyen-2021-08-25.txt');

    await page.goto(`${baseUrl}/inspections`);
    await page.getByRole('link', { name: 'Nhập từ văn bản báo cáo' }).click();
    await page.waitForURL(`${baseUrl}/inspections/import`);
    await page.getByRole('heading', { level: 1, name: 'Nhập đợt kiểm tra từ văn bản báo cáo' }).waitFor();

    await field(page, 'Văn bản báo cáo').fill(text);
    await saveScreenshot(page, 'report-import-text');
    await page.getByRole('button', { name: 'Đọc văn bản', exact: true }).click();

    // Step 2: the form, pre-filled.
    await page.getByRole('heading', { level: 2, name: 'Văn bản đã đọc' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Đơn vị được kiểm tra' }).inputValue()).toBe('Huyện Vị Xuyên');
    expect(await field(page, 'Ngày').inputValue()).toBe('25/08/2021');
    expect(await field(page, 'Người chủ trì, trưởng đoàn').inputValue()).toBe('Hoàng Gia Long');
    const values = await page
      .getByRole('textbox', { name: /^Giá trị/ })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(values).toContain('18.187');

    // …and the text, exactly as pasted, with what was read highlighted.
    const region = page.getByRole('region', { name: 'Văn bản đã đọc, các đoạn được tô màu theo loại thông tin' });
    expect(await region.textContent()).toBe(text);
    const received = passage(page, 'Hồ sơ tiếp nhận: 18.187');
    expect(await received.textContent()).toContain('18.187');
    expect(await passage(page, 'Đơn vị được kiểm tra: Huyện Vị Xuyên').first().textContent()).toBe('huyện Vị Xuyên');
    expect(await passage(page, 'Ngày: 25/08/2021').first().textContent()).toContain('25.8');
    expect(await page.locator('mark[title^="Chủ trì: Hoàng Gia Long"]').first().textContent()).toContain(
      'Hoàng Gia Long',
    );
    expect(await page.getByRole('list', { name: 'Chú giải' }).getByRole('listitem').count()).toBeGreaterThan(5);

    // A highlight names what was read when hovered, and leads to its row of the form when clicked.
    await received.scrollIntoViewIfNeeded();
    const point = await pointAt(received, '18.187');
    await page.mouse.move(point.x, point.y);
    await eventually(() => page.getByTestId('highlight-readout').textContent()).toBe('Hồ sơ tiếp nhận: 18.187');
    await saveScreenshot(page, 'report-import-review');
    // A full-page screenshot resizes the page for a moment: point at the figure afresh.
    await received.scrollIntoViewIfNeeded();
    const again = await pointAt(received, '18.187');
    await page.mouse.click(again.x, again.y);
    await eventually(() => focusedRowLegend(page)).toMatch(/^Số liệu \d+$/);
    const row = page.locator('fieldset[data-row-key]', { has: page.locator(':focus') });
    expect(await row.getByRole('textbox', { name: /^Giá trị/ }).inputValue()).toBe('18.187');

    await page.getByRole('button', { name: 'Lưu đợt kiểm tra', exact: true }).click();
    await page.waitForURL(inspectionUrl);
    await page.getByRole('heading', { level: 1, name: 'Huyện Vị Xuyên · 25/08/2021' }).waitFor();
    expect(await page.getByText('Đã ghi nhận đợt kiểm tra.').isVisible()).toBe(true);
    expect(await page.getByRole('cell', { name: '18.187', exact: true }).first().isVisible()).toBe(true);
    await saveScreenshot(page, 'report-import-saved');

    // The demo already holds this visit: delete the copy, as a user tidying up would, so that the other
    // browser tests (the dashboard's acceptance figures) see the demo data as it was.
    await page.getByRole('button', { name: 'Xoá', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Xoá đợt kiểm tra?' })
      .getByRole('button', { name: 'Xoá đợt kiểm tra' })
      .click();
    await page.getByRole('status').getByText('Đã xoá đợt kiểm tra.').waitFor();
  });
});
