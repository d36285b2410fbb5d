import { describe, expect, it } from 'vitest';
import { parseLocalizedNumber, toNumberInput } from './parse-number';

describe('parseLocalizedNumber', () => {
  it('reads Vietnamese numbers: a dot groups thousands, a comma marks decimals', () => {
    expect(parseLocalizedNumber('12.989', 'vi')).toBe(12989);
    expect(parseLocalizedNumber('57,14', 'vi')).toBe(57.14);
    expect(parseLocalizedNumber('1.234.567,5', 'vi')).toBe(1234567.5);
    expect(parseLocalizedNumber(' 2873 ', 'vi')).toBe(2873);
    expect(parseLocalizedNumber('-5', 'vi')).toBe(-5);
  });

  it('refuses a separator in the wrong place rather than guessing', () => {
    expect(parseLocalizedNumber('57.14', 'vi')).toBeNull();
    expect(parseLocalizedNumber('1.23', 'vi')).toBeNull();
    expect(parseLocalizedNumber('12,989.5', 'vi')).toBeNull();
    expect(parseLocalizedNumber('abc', 'vi')).toBeNull();
    expect(parseLocalizedNumber('', 'vi')).toBeNull();
  });

  it('reads English numbers the English way', () => {
    expect(parseLocalizedNumber('12,989', 'en')).toBe(12989);
    expect(parseLocalizedNumber('57.14', 'en')).toBe(57.14);
  });
});

describe('toNumberInput', () => {
  it('writes a stored value so that reading it back gives the same value', () => {
    for (const value of [12989, 57.14, 0, 10.89, 1234567.25]) {
      expect(parseLocalizedNumber(toNumberInput(value, 'vi'), 'vi')).toBe(value);
    }
    expect(toNumberInput(12989, 'vi')).toBe('12.989');
  });
});
