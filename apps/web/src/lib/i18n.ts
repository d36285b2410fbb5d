import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { DashboardCatalogue } from '../locales/dashboard/vi';
import type { DirectivesCatalogue } from '../locales/directives/vi';
import type { DossierImportCatalogue } from '../locales/dossier-import/vi';
import { en } from '../locales/en';
import type { InspectionsCatalogue } from '../locales/inspections/vi';
import type { UnitHistoryCatalogue } from '../locales/unit-history/vi';
import { type Catalogue, vi } from '../locales/vi';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'vi';

const STORAGE_KEY = 'partrack.language';

/**
 * Every key the interface may use. The parts of screens loaded on demand (`inspections`, `directives`,
 * `dashboard`, `unitHistory`) arrive with those screens (`addCatalogue`), so that their text does not
 * weigh on the first download.
 */
export type FullCatalogue = Catalogue & {
  inspections: InspectionsCatalogue;
  directives: DirectivesCatalogue;
  dashboard: DashboardCatalogue;
  unitHistory: UnitHistoryCatalogue;
  dossierImport: DossierImportCatalogue;
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: FullCatalogue };
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    // Storage can be disabled (private mode, sandboxed frames): fall back to the default.
    return defaultLanguage;
  }
}

/** Switches the interface language and remembers the choice for the next visit. */
export function changeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted, but the switch itself still works for this visit.
  }
  void i18n.changeLanguage(language);
}

/** The language currently shown, narrowed to the ones we ship. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  const current = instance.resolvedLanguage ?? instance.language;
  return isLanguage(current) ? current : defaultLanguage;
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: readStoredLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  // Catalogues are bundled, so initialisation is synchronous and the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

/** Adds the catalogue part a lazily loaded screen brings, in every language, before it first renders. */
export function addCatalogue(parts: Record<Language, Partial<FullCatalogue>>): void {
  for (const language of languages) i18n.addResourceBundle(language, 'translation', parts[language], true, true);
}

export { i18n };
