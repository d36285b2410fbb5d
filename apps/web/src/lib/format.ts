import { VIETNAM_TIME_ZONE } from '@partrack/contracts';
import dayjs from 'dayjs';
import { type Language, useLanguage } from './i18n';

/** How dates are shown and typed everywhere: dd/mm/yyyy (DOMAIN.md). */
export const DISPLAY_DATE_FORMAT = 'DD/MM/YYYY';

const numberLocales: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };

/**
 * Number formatters by language and options, made once: constructing an Intl.NumberFormat costs far
 * more than formatting with it, and a national dashboard formats thousands of numbers (a third of its
 * rendering time before).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Vietnamese groups thousands with `.` and marks decimals with `,`: 18187 → "18.187", 57.14 → "57,14". */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  const key = `${language} ${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocales[language], { maximumFractionDigits: 2, ...options });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`; anything unparseable is returned unchanged rather than hidden. */
export function formatDate(isoDate: string): string {
  const date = dayjs(isoDate);
  return date.isValid() ? date.format(DISPLAY_DATE_FORMAT) : isoDate;
}

// Moments are shown on Vietnam's clock, whatever the browser's time zone, so that a report stamped
// "02/12/2026 04:53" sits on the same calendar day as the due dates and "today" (todayInVietnam).
const vietnamClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function formatMoment(isoDateTime: string, withSeconds: boolean): string {
  const moment = new Date(isoDateTime);
  if (Number.isNaN(moment.getTime())) return isoDateTime;
  const part = Object.fromEntries(vietnamClock.formatToParts(moment).map(({ type, value }) => [type, value]));
  const time = `${part.hour}:${part.minute}${withSeconds ? `:${part.second}` : ''}`;
  return `${part.day}/${part.month}/${part.year} ${time}`;
}

/** An ISO instant (`2025-07-01T02:03:04.000Z`) → `dd/mm/yyyy HH:mm:ss` in Vietnam; unparseable is kept. */
export function formatDateTime(isoDateTime: string): string {
  return formatMoment(isoDateTime, true);
}

/** An ISO instant → `dd/mm/yyyy HH:mm` in Vietnam (notifications); unparseable is kept. */
export function formatDateTimeMinutes(isoDateTime: string): string {
  return formatMoment(isoDateTime, false);
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
