import dayjs from 'dayjs';
import { type Language, useLanguage } from './i18n';

/** How dates are shown and typed everywhere: dd/mm/yyyy (DOMAIN.md). */
export const DISPLAY_DATE_FORMAT = 'DD/MM/YYYY';
/** Moments (audit events) in the reader's time zone, to the second. */
export const DISPLAY_DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm:ss';
/** Moments a reader only needs to place in their day (notifications), to the minute. */
export const DISPLAY_DATE_TIME_MINUTES_FORMAT = 'DD/MM/YYYY HH:mm';

const numberLocales: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };

/** Vietnamese groups thousands with `.` and marks decimals with `,`: 18187 → "18.187", 57.14 → "57,14". */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(numberLocales[language], { maximumFractionDigits: 2, ...options }).format(value);
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`; anything unparseable is returned unchanged rather than hidden. */
export function formatDate(isoDate: string): string {
  const date = dayjs(isoDate);
  return date.isValid() ? date.format(DISPLAY_DATE_FORMAT) : isoDate;
}

/** An ISO instant (`2025-07-01T02:03:04.000Z`) → `dd/mm/yyyy HH:mm:ss` in local time; unparseable is kept. */
export function formatDateTime(isoDateTime: string): string {
  const moment = dayjs(isoDateTime);
  return moment.isValid() ? moment.format(DISPLAY_DATE_TIME_FORMAT) : isoDateTime;
}

/** An ISO instant → `dd/mm/yyyy HH:mm` in local time; unparseable is kept. */
export function formatDateTimeMinutes(isoDateTime: string): string {
  const moment = dayjs(isoDateTime);
  return moment.isValid() ? moment.format(DISPLAY_DATE_TIME_MINUTES_FORMAT) : isoDateTime;
}

const displayDatePattern = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** `dd/mm/yyyy` (also `d/m/yyyy`, `.` or `-` as separators) → `YYYY-MM-DD`; null when not a real date. */
export function parseDisplayDate(text: string): string | null {
  const match = displayDatePattern.exec(text.trim());
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  // Round-trip to reject dates such as 31/02/2025 that dayjs would roll over into March.
  return dayjs(iso).format('YYYY-MM-DD') === iso ? iso : null;
}

/** Formatters bound to the current interface language. */
export function useFormat() {
  const language = useLanguage();
  return {
    language,
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, language, options),
    date: formatDate,
    dateTime: formatDateTime,
    dateTimeMinutes: formatDateTimeMinutes,
  };
}
