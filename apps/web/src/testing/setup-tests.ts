import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, type MockInstance, vi } from 'vitest';
import { defaultLanguage, i18n } from '../lib/i18n';
// The screens loaded on demand bring their text along; components rendered alone need it too.
import '../locales/inspections';
import '../locales/directives';
import '../locales/dashboard';
import '../locales/dossier-import';
import '../locales/unit-history';

// jsdom lacks the layout APIs Mantine relies on.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub;
window.HTMLElement.prototype.scrollIntoView = () => {};
// Nor a FontFaceSet, which Mantine's autosizing Textarea listens to.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}

let consoleError: MockInstance<typeof console.error>;

beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage(defaultLanguage);
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  cleanup();
  const calls = consoleError.mock.calls;
  consoleError.mockRestore();
  vi.unstubAllGlobals();
  // An unexpected console.error (a React warning, a failed prop type, an act() warning) fails the test.
  expect(calls, 'console.error was called').toEqual([]);
});
