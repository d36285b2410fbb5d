import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { i18n } from '../../../lib/i18n';
import { hasDirectiveErrorBeyondFields, toDirectiveFieldErrors } from './directive-form-errors';

const t = i18n.t.bind(i18n);

function validationError(issues: { path: string; code: string; message: string }[]) {
  return new ApiError({ status: 400, code: 'VALIDATION_FAILED', message: 'Invalid body', requestId: 'req-1', issues });
}

describe('toDirectiveFieldErrors', () => {
  it("puts each issue at its field, in the reader's language, the first one of a field winning", () => {
    const error = validationError([
      { path: 'doneOn', code: 'invalid_date', message: 'must not be in the future' },
      { path: 'doneOn', code: 'invalid_date', message: 'must not be before the inspection' },
      { path: 'text', code: 'too_small', message: 'Too small' },
    ]);
    expect(toDirectiveFieldErrors(t, error, ['doneOn', 'text'])).toEqual({
      doneOn: 'Ngày không hợp lệ.',
      text: 'Giá trị quá ngắn.',
    });
  });

  it('gives an issue about one cited file to the files field', () => {
    const error = validationError([
      { path: 'evidenceFileIds[1]', code: 'unknown_evidence', message: 'not a file you uploaded' },
    ]);
    expect(toDirectiveFieldErrors(t, error, ['evidenceFileIds'], { evidenceFileIds: 'files' })).toEqual({
      files: 'Tệp minh chứng không còn dùng được; hãy chọn lại tệp.',
    });
    expect(hasDirectiveErrorBeyondFields(error, ['evidenceFileIds'])).toBe(false);
  });

  it('leaves what no field shows to an alert', () => {
    const conflict = new ApiError({ status: 409, code: 'CONFLICT', message: 'stage', requestId: 'req-2' });
    expect(toDirectiveFieldErrors(t, conflict, ['text'])).toEqual({});
    expect(hasDirectiveErrorBeyondFields(conflict, ['text'])).toBe(true);
    expect(hasDirectiveErrorBeyondFields(null, ['text'])).toBe(false);
  });
});
