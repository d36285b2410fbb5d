import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { renderWithProviders } from '../../../testing/render';
import { earliestExtensionDate, RequestExtensionForm, type RequestExtensionFormProps } from './request-extension-form';

function renderForm(props: Partial<RequestExtensionFormProps> = {}) {
  const onSubmit = vi.fn();
  const view = renderWithProviders(
    <RequestExtensionForm
      currentDueDate="2026-06-30"
      today="2026-05-14"
      onSubmit={onSubmit}
      onCancel={vi.fn()}
      {...props}
    />,
  );
  return { ...view, onSubmit };
}

function fieldError(field: HTMLElement): string | null {
  const id = field
    .getAttribute('aria-describedby')
    ?.split(' ')
    .find((each) => each.endsWith('-error'));
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

describe('earliestExtensionDate', () => {
  it('is the day after the current due date, or today when that date has passed or there is none', () => {
    expect(earliestExtensionDate('2026-06-30', '2026-05-14')).toBe('2026-07-01');
    expect(earliestExtensionDate('2021-03-18', '2026-05-14')).toBe('2026-05-14');
    expect(earliestExtensionDate(null, '2026-05-14')).toBe('2026-05-14');
  });
});

describe('RequestExtensionForm', () => {
  it('asks for a later due date with a reason', async () => {
    const { user, onSubmit } = renderForm();

    expect(screen.getByText('Hạn hiện tại: 30/06/2026.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Hạn mới đề nghị/ }), '31/08/2026');
    await user.type(screen.getByRole('textbox', { name: /^Lý do/ }), ' Chờ kinh phí mua sắm. ');
    await user.click(screen.getByRole('button', { name: 'Gửi đề nghị gia hạn' }));

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      requestedDueDate: '2026-08-31',
      reason: 'Chờ kinh phí mua sắm.',
    });
  });

  it('takes no date up to the current due date, and no request without a reason', async () => {
    const { user, onSubmit } = renderForm();
    const date = screen.getByRole('textbox', { name: /^Hạn mới đề nghị/ });

    await user.type(date, '30/06/2026');
    await user.click(screen.getByRole('button', { name: 'Gửi đề nghị gia hạn' }));

    expect(date).toHaveValue('');
    expect(fieldError(date)).toBe('Vui lòng nhập trường này.');
    expect(fieldError(screen.getByRole('textbox', { name: /^Lý do/ }))).toBe('Vui lòng nhập trường này.');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows the API’s refusal of the date at that field', () => {
    renderForm({
      error: new ApiError({
        status: 400,
        code: 'VALIDATION_FAILED',
        message: 'Invalid body: requestedDueDate',
        requestId: 'req-6',
        issues: [{ path: 'requestedDueDate', code: 'too_early', message: 'must be later than 2026-06-30' }],
      }),
    });

    expect(fieldError(screen.getByRole('textbox', { name: /^Hạn mới đề nghị/ }))).toBe(
      'Hạn mới phải sau hạn hiện tại và không trước hôm nay.',
    );
  });
});
