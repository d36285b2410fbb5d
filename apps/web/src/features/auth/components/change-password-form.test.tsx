import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { renderWithProviders } from '../../../testing/render';
import { ChangePasswordForm, type ChangePasswordFormProps } from './change-password-form';

function renderForm(props: Partial<ChangePasswordFormProps> = {}) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  const view = renderWithProviders(<ChangePasswordForm onSubmit={onSubmit} onCancel={onCancel} {...props} />);
  const fields = {
    current: screen.getByLabelText(/^Mật khẩu hiện tại/),
    next: screen.getByLabelText(/^Mật khẩu mới/),
    confirm: screen.getByLabelText(/^Nhập lại mật khẩu mới/),
  };
  return { ...view, onSubmit, onCancel, fields };
}

describe('ChangePasswordForm', () => {
  it('sends the current and the new password, not the repetition', async () => {
    const { user, onSubmit, fields } = renderForm();

    await user.type(fields.current, 'partrack-demo');
    await user.type(fields.next, 'mat-khau-rat-dai');
    await user.type(fields.confirm, 'mat-khau-rat-dai');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      currentPassword: 'partrack-demo',
      newPassword: 'mat-khau-rat-dai',
    });
  });

  it('asks for at least 12 characters and the same password twice', async () => {
    const { user, onSubmit, fields } = renderForm();

    await user.type(fields.current, 'partrack-demo');
    await user.type(fields.next, 'ngan-qua');
    await user.type(fields.confirm, 'khac-han');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));

    expect(fields.next).toHaveAccessibleDescription(expect.stringContaining('Mật khẩu phải có ít nhất 12 ký tự.'));
    expect(screen.getByText('Hai mật khẩu không khớp.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a wrong current password next to that field', () => {
    const { fields } = renderForm({
      error: new ApiError({
        status: 400,
        code: 'VALIDATION_FAILED',
        message: 'The current password is wrong',
        requestId: 'req-1',
        issues: [{ path: 'currentPassword', code: 'wrong_password', message: 'The current password is wrong' }],
      }),
    });

    expect(fields.current).toHaveAccessibleDescription('Mật khẩu hiện tại không đúng.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('can be cancelled', async () => {
    const { user, onCancel } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
