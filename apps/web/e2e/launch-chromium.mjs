// Debian's Chromium, headless, with the flags this machine needs (CONVENTIONS.md, "Tests"): one
// module for the browser tests (e2e/browser.ts) and the plain scripts (scripts/*.mjs) alike.
import { chromium } from 'playwright-core';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
