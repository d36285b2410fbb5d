import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { describeRate, formatFigureValue, formatPeriod } from './format-figures';

const t = i18n.t.bind(i18n);

describe('describeRate', () => {
  it('shows a computed rate with two decimals and the counts it comes from, Vietnamese style', () => {
    expect(describeRate(t, 'vi', { basis: 'computed', rate: 100, numerator: 2763, denominator: 2763 })).toEqual({
      value: '100,00 %',
      detail: '(2.763 / 2.763)',
    });
    expect(describeRate(t, 'vi', { basis: 'computed', rate: 57.142857, numerator: 12, denominator: 21 }).value).toBe(
      '57,14 %',
    );
  });

  it('shows a reported rate as the report gave it, marked as reported', () => {
    expect(describeRate(t, 'vi', { basis: 'reported', rate: 99.9, numerator: null, denominator: null })).toEqual({
      value: '99,9 %',
      detail: '(số liệu báo cáo)',
    });
  });

  it('says "not reported" instead of 0 when nothing was reported', () => {
    const text = describeRate(t, 'vi', { basis: 'not_reported', rate: null, numerator: null, denominator: null });
    expect(text).toEqual({ value: 'không có số liệu', detail: null });
  });

  it('writes English numbers in English', async () => {
    await i18n.changeLanguage('en');
    expect(describeRate(t, 'en', { basis: 'computed', rate: 100, numerator: 12616, denominator: 12616 })).toEqual({
      value: '100.00%',
      detail: '(12,616 / 12,616)',
    });
  });
});

describe('formatFigureValue', () => {
  it('groups thousands with a dot and puts a percent sign after rates', () => {
    expect(formatFigureValue(t, 'vi', { indicator: 'received', value: 18187, qualifier: 'exact' })).toBe('18.187');
    expect(
      formatFigureValue(t, 'vi', { indicator: 'plan_tasks_completed_rate', value: 57.14, qualifier: 'exact' }),
    ).toBe('57,14 %');
  });

  it('says what the report said about the precision', () => {
    expect(formatFigureValue(t, 'vi', { indicator: 'staff_trained', value: 400, qualifier: 'more_than' })).toBe(
      'trên 400',
    );
    expect(formatFigureValue(t, 'vi', { indicator: 'processing_days_max', value: 3, qualifier: 'less_than' })).toBe(
      'dưới 3',
    );
    expect(formatFigureValue(t, 'vi', { indicator: 'received', value: 1200, qualifier: 'approx' })).toBe(
      'khoảng 1.200',
    );
  });
});

describe('formatPeriod', () => {
  it('writes a period as dd/mm/yyyy–dd/mm/yyyy and a figure without a start as "as of"', () => {
    expect(formatPeriod(t, '2020-01-01', '2020-12-15')).toBe('01/01/2020–15/12/2020');
    expect(formatPeriod(t, null, '2021-05-19')).toBe('tính đến 19/05/2021');
  });
});
