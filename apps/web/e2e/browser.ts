import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { launchChromium } from './launch-chromium.mjs';

/** The password of every demo account (README, "Demo accounts"). */
export const DEMO_PASSWORD = 'partrack-demo';

export const screenshotsDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'artifacts',
  'screenshots',
);

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface BrowserPage {
  /** A fresh page opened before each test: in its own context, or in the file's signed-in context. */
  readonly page: Page;
  /** The page's browser context (cookies, storage). */
  readonly context: BrowserContext;
  /** The browser, to open other contexts: a second user, say. Close what you open. */
  readonly browser: Browser;
  /**
   * Declares a console error the current test provokes on purpose (Chromium logs every failed request,
   * such as a 404 the test asks for). Each declared error must then occur, or the test fails.
   */
  expectConsoleError(pattern: RegExp): void;
}

export interface BrowserPageOptions {
  /**
   * Sign in once for the whole file as this demo account and give every test a new page of that one
   * context. Signing in per test would soon meet the API's limit of sign-ins per minute, and a copied
   * storage state cannot be shared either: the refresh cookie rotates, and the API revokes a session
   * whose old cookie is presented again.
   */
  signedInAs?: string;
}

const LANGUAGE_KEY = 'partrack.language';

/**
 * Launches Chromium for the file and gives each test a fresh page. After each test, any uncaught page
 * error or console error that was not declared with `expectConsoleError` fails it.
 */
export function setUpBrowserPage({ signedInAs }: BrowserPageOptions = {}): BrowserPage {
  let browser: Browser | undefined;
  let sharedContext: BrowserContext | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: string[] = [];
  let expected: RegExp[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    if (signedInAs) {
      sharedContext = await newContext(browser);
      const signInPage = await sharedContext.newPage();
      await signIn(signInPage, signedInAs);
      await signInPage.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    problems = [];
    expected = [];
    context = sharedContext ?? (await newContext(browser));
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()} at ${message.location().url}`);
    });
  });
  afterEach(async () => {
    if (sharedContext && page) {
      // The next test of the file starts in Vietnamese again, whatever this one chose.
      if (page.url().startsWith(inject('baseUrl'))) {
        await page.evaluate((key) => window.localStorage.removeItem(key), LANGUAGE_KEY);
      }
      await page.close();
    } else {
      await context?.close();
    }
    const unexpected = problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
    const missing = expected.filter((pattern) => !problems.some((problem) => pattern.test(problem)));
    expect(unexpected, 'page errors or console errors').toEqual([]);
    expect(missing, 'console errors the test expected').toEqual([]);
  });

  return {
    get page() {
      if (!page) throw new Error('The page opens in beforeEach; use it inside a test');
      return page;
    },
    get context() {
      if (!context) throw new Error('The context opens in beforeEach; use it inside a test');
      return context;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll; use it inside a test');
      return browser;
    },
    expectConsoleError(pattern) {
      expected.push(pattern);
    },
  };
}

export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 } });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A form field by its label, exactly, with or without the asterisk of a required field. Password
 * inputs have no ARIA role, so `getByRole('textbox')` cannot find them.
 */
export function field(scope: Page | Locator, label: string) {
  return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
}

/** The button that opens the signed-in user's menu; its name starts with "Tài khoản:". */
export function userMenuButton(page: Page) {
  return page.getByRole('button', { name: /^Tài khoản: / });
}

/**
 * Signs in through the sign-in page as a demo account (or any account, with its password) and waits
 * until the application shows the user. Every call counts against the API's sign-in rate limits.
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await fillSignInForm(page, username, password);
  await userMenuButton(page).waitFor();
}

/** Opens the sign-in page unless it is showing, fills it in and submits it. */
export async function fillSignInForm(page: Page, username: string, password: string): Promise<void> {
  const loginUrl = `${inject('baseUrl')}/login`;
  if (page.url() !== loginUrl) await page.goto(loginUrl);
  await field(page, 'Tên đăng nhập').fill(username);
  await field(page, 'Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Opens the user menu and signs out; resolves once the sign-in page shows. */
export async function signOut(page: Page): Promise<void> {
  await userMenuButton(page).click();
  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await page.waitForURL(/\/login$/);
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
}

/** Retries `read` until it matches: the page renders what the real API answers when it answers. */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000, interval: 100 });
}
