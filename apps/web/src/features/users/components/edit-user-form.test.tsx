import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeUser, thanhTri } from '../../../testing/auth-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { EditUserForm, type EditUserFormProps } from './edit-user-form';

const kienan = makeUser();

function renderForm(props: Partial<EditUserFormProps> = {}) {
  const onSubmit = vi.fn();
  const view = renderWithProviders(
    <EditUserForm
      user={kienan}
      isSelf={false}
      onSubmit={onSubmit}
      onCancel={vi.fn()}
      unitSearch={{ choices: [thanhTri], isLoading: false, onSearchChange: vi.fn() }}
      {...props}
    />,
  );
  return { ...view, onSubmit };
}

describe('EditUserForm', () => {
  it('starts from the user as they are, and cannot be saved unchanged', () => {
    renderForm();

    expect(screen.getByRole('textbox', { name: 'Tên đăng nhập' })).toHaveValue('kienan');
    expect(screen.getByRole('textbox', { name: 'Họ và tên' })).toHaveValue('Cán bộ Quận Kiến An');
    expect(screen.getByRole('combobox', { name: 'Vai trò' })).toHaveValue('Cán bộ đơn vị');
    expect(screen.getByRole('combobox', { name: 'Đơn vị' })).toHaveValue('Quận Kiến An');
    expect(screen.getByRole('switch', { name: 'Cho phép đăng nhập' })).toBeChecked();
    expect(screen.getByRole('switch')).toHaveAccessibleDescription('Người dùng đăng nhập được.');
    expect(screen.getByRole('button', { name: 'Lưu thay đổi' })).toBeDisabled();
  });

  it('disables a user by sending only that change', async () => {
    const { user, onSubmit } = renderForm();

    await user.click(screen.getByRole('switch', { name: 'Cho phép đăng nhập' }));
    expect(screen.getByText('Người dùng không đăng nhập được; các phiên đang mở sẽ kết thúc.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ isActive: false });
  });

  it('moves a unit officer to another unit', async () => {
    const { user, onSubmit } = renderForm();

    await user.click(screen.getByRole('combobox', { name: 'Đơn vị' }));
    await user.click(screen.getByRole('option', { name: /^Huyện Thanh Trì/ }));
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ unitId: thanhTri.id });
  });

  it('keeps a unit officer from losing their unit, but lets a leader see every unit', async () => {
    const { user, onSubmit } = renderForm();

    // Mantine hides its clear button from assistive technology, so it has no role to find it by.
    await user.click(screen.getByLabelText('Bỏ chọn đơn vị'));
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(screen.getByText('Cán bộ đơn vị phải thuộc một đơn vị.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(screen.getByRole('combobox', { name: 'Vai trò' }));
    await user.click(screen.getByRole('option', { name: 'Lãnh đạo' }));
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ role: 'leader', unitId: null });
  });

  it('does not let administrators demote or disable themselves', () => {
    renderForm({ user: makeUser({ username: 'admin', role: 'admin', unit: null }), isSelf: true });

    expect(screen.getByRole('combobox', { name: 'Vai trò' })).toBeDisabled();
    expect(screen.getByRole('switch', { name: 'Cho phép đăng nhập' })).toBeDisabled();
    expect(
      screen.getByText('Bạn không thể tự đổi vai trò hoặc vô hiệu hoá tài khoản của chính mình.'),
    ).toBeInTheDocument();
  });
});
