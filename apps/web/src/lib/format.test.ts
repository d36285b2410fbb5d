import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDateTimeMinutes, formatNumber, parseDisplayDate } from './format';

describe('formatNumber', () => {
  it('groups thousands with a dot in Vietnamese', () => {
    expect(formatNumber(18187, 'vi')).toBe('18.187');
  });

  it('marks decimals with a comma in Vietnamese', () => {
    expect(formatNumber(57.14, 'vi')).toBe('57,14');
  });

  it('uses English separators when the interface is in English', () => {
    expect(formatNumber(18187, 'en')).toBe('18,187');
    expect(formatNumber(57.14, 'en')).toBe('57.14');
  });

  it('passes Intl options through, e.g. for percentages', () => {
    expect(formatNumber(0.1089, 'vi', { style: 'percent', minimumFractionDigits: 2 })).toBe('10,89%');
  });

  it('keeps each language and set of options apart in its kept formatters', () => {
    expect(formatNumber(1234.5, 'vi', { maximumFractionDigits: 0 })).toBe('1.235');
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(0.5, 'vi', { style: 'percent' })).toBe('50%');
    expect(formatNumber(1234.5, 'vi', { maximumFractionDigits: 0 })).toBe('1.235');
  });
});

describe('formatDate', () => {
  it('shows an ISO date as dd/mm/yyyy', () => {
    expect(formatDate('2025-06-30')).toBe('30/06/2025');
  });

  it('returns text it cannot parse unchanged instead of "Invalid Date"', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('parseDisplayDate', () => {
  it('reads dd/mm/yyyy as an ISO date', () => {
    expect(parseDisplayDate('30/06/2025')).toBe('2025-06-30');
  });

  it('accepts single digits and dots or dashes as separators', () => {
    expect(parseDisplayDate('1/7/2025')).toBe('2025-07-01');
    expect(parseDisplayDate('01.07.2025')).toBe('2025-07-01');
    expect(parseDisplayDate('01-07-2025')).toBe('2025-07-01');
  });

  it('rejects days that do not exist rather than rolling them over', () => {
    expect(parseDisplayDate('31/02/2025')).toBeNull();
    expect(parseDisplayDate('29/02/2025')).toBeNull();
    expect(parseDisplayDate('29/02/2024')).toBe('2024-02-29');
  });

  it('rejects month-first and incomplete input', () => {
    expect(parseDisplayDate('06/30/2025')).toBeNull();
    expect(parseDisplayDate('30/06')).toBeNull();
    expect(parseDisplayDate('')).toBeNull();
  });
});

describe('formatDateTime', () => {
  it("shows an instant as dd/mm/yyyy HH:mm:ss on Vietnam's 24-hour clock, whatever the browser's zone", () => {
    expect(formatDateTime('2025-07-01T14:05:09.000Z')).toBe('01/07/2025 21:05:09');
    // 21:53 UTC is already the next morning in Vietnam: the same day as todayInVietnam.
    expect(formatDateTime('2026-12-01T21:53:17Z')).toBe('02/12/2026 04:53:17');
    expect(formatDateTime('2026-12-01T23:00:00+07:00')).toBe('01/12/2026 23:00:00');
  });

  it('keeps what it cannot read', () => {
    expect(formatDateTime('yesterday')).toBe('yesterday');
  });
});

describe('formatDateTimeMinutes', () => {
  it('shows an instant as dd/mm/yyyy HH:mm in Vietnam', () => {
    expect(formatDateTimeMinutes('2025-07-01T14:05:59Z')).toBe('01/07/2025 21:05');
    expect(formatDateTimeMinutes('2025-06-30T17:00:00Z')).toBe('01/07/2025 00:00');
  });

  it('keeps what it cannot read', () => {
    expect(formatDateTimeMinutes('soon')).toBe('soon');
  });
});
