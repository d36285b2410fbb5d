import { ruleCodes } from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { en } from '../locales/en';
import { vi } from '../locales/vi';
import { ApiError } from './api-error';
import { hasErrorBeyondFields, toFieldErrors, translatedIssueCodes } from './form-errors';
import { i18n } from './i18n';

const t = i18n.t.bind(i18n);

function validationError(issues: ApiError['issues']) {
  return new ApiError({ status: 400, code: 'VALIDATION_FAILED', message: 'Invalid body', requestId: 'r', issues });
}

describe('toFieldErrors', () => {
  it('translates the issues of the form’s fields, the first of each field, keeping other messages as sent', () => {
    const error = validationError([
      { path: 'username', code: 'taken', message: 'This username is taken' },
      { path: 'username', code: 'too_big', message: 'Too big' },
      { path: 'displayName', code: 'made_up', message: 'Something new' },
      { path: 'elsewhere', code: 'too_small', message: 'Too small' },
    ]);

    expect(toFieldErrors(t, error, ['username', 'displayName'])).toEqual({
      username: 'Tên đăng nhập này đã được sử dụng.',
      displayName: 'Something new',
    });
  });

  it('puts an issue under the form’s own name for the field', () => {
    const error = validationError([{ path: 'unitId', code: 'unknown_unit', message: 'No unit' }]);
    expect(toFieldErrors(t, error, ['unitId'], { unitId: 'unit' })).toEqual({ unit: 'Không tìm thấy đơn vị này.' });
  });

  it("translates the contracts' rules by their code, in the reader's language", async () => {
    const error = validationError([
      { path: 'validTo', code: 'before_start', message: 'must not be before validFrom' },
      { path: 'unitId', code: 'required', message: 'a unit officer needs a unit' },
    ]);
    expect(toFieldErrors(t, error, ['validTo', 'unitId'])).toEqual({
      validTo: 'Không được trước ngày bắt đầu.',
      unitId: 'Vui lòng nhập trường này.',
    });

    await i18n.changeLanguage('en');
    expect(toFieldErrors(t, error, ['validTo'])).toEqual({ validTo: 'Must not be before the start date.' });
  });

  it('has words in both languages for every rule code of the contracts', () => {
    expect(translatedIssueCodes).toEqual(expect.arrayContaining([...ruleCodes]));
    for (const code of translatedIssueCodes) {
      expect(vi.forms.issues[code], `vi: ${code}`).toMatch(/\S/);
      expect(en.forms.issues[code], `en: ${code}`).toMatch(/\S/);
    }
  });

  it('has nothing for errors that are not from the API', () => {
    expect(toFieldErrors(t, new Error('boom'), ['username'])).toEqual({});
  });
});

describe('hasErrorBeyondFields', () => {
  it('is false without an error, or when every issue has its field', () => {
    expect(hasErrorBeyondFields(null, ['username'])).toBe(false);
    expect(hasErrorBeyondFields(validationError([{ path: 'username', code: 'x', message: 'x' }]), ['username'])).toBe(
      false,
    );
  });

  it('is true for an issue of another field, an error without issues, or any other failure', () => {
    expect(hasErrorBeyondFields(validationError([{ path: '', code: 'custom', message: 'x' }]), ['username'])).toBe(
      true,
    );
    expect(hasErrorBeyondFields(validationError([]), ['username'])).toBe(true);
    expect(hasErrorBeyondFields(new Error('boom'), ['username'])).toBe(true);
  });
});
