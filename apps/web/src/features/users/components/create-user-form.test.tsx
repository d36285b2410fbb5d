import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { thanhTri } from '../../../testing/auth-fixtures';
import { renderWithProviders } from '../../../testing/render';
import type { UnitSearch } from '../types';
import { CreateUserForm, type CreateUserFormProps } from './create-user-form';

const unitSearch = (): UnitSearch => ({
  choices: [{ ...thanhTri, parentName: 'Thành phố Hà Nội' }],
  isLoading: false,
  onSearchChange: vi.fn(),
});

function renderForm(props: Partial<CreateUserFormProps> = {}) {
  const onSubmit = vi.fn();
  const search = props.unitSearch ?? unitSearch();
  const view = renderWithProviders(
    <CreateUserForm onSubmit={onSubmit} onCancel={vi.fn()} unitSearch={search} {...props} />,
  );
  return { ...view, onSubmit, search };
}

async function pickOption(user: ReturnType<typeof renderForm>['user'], combobox: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: combobox }));
  await user.click(screen.getByRole('option', { name: option }));
}

describe('CreateUserForm', () => {
  it('creates a unit officer with the unit picked from the search results', async () => {
    const { user, onSubmit, search } = renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Tên đăng nhập' }), 'ThanhTri.CanBo');
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), ' Cán bộ Thanh Trì ');
    await pickOption(user, 'Vai trò', 'Cán bộ đơn vị');
    await user.type(screen.getByRole('combobox', { name: 'Đơn vị' }), 'thanh tri');
    await user.click(screen.getByRole('option', { name: /Huyện Thanh Trì/ }));
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'mat-khau-ban-dau');
    await user.click(screen.getByRole('button', { name: 'Tạo người dùng' }));

    expect(search.onSearchChange).toHaveBeenLastCalledWith('Huyện Thanh Trì');
    expect(search.onSearchChange).toHaveBeenCalledWith('thanh tri');
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      username: 'thanhtri.canbo',
      displayName: 'Cán bộ Thanh Trì',
      role: 'unit_officer',
      unitId: thanhTri.id,
      password: 'mat-khau-ban-dau',
    });
  });

  it('names each unit choice with its level and parent', async () => {
    const { user } = renderForm();

    await user.click(screen.getByRole('combobox', { name: 'Đơn vị' }));

    const option = screen.getByRole('option', { name: /Huyện Thanh Trì/ });
    expect(option).toHaveTextContent('Quận/Huyện · thuộc Thành phố Hà Nội');
  });

  it('refuses a unit officer without a unit, a malformed username and a short password', async () => {
    const { user, onSubmit } = renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Tên đăng nhập' }), 'ab');
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'Cán bộ');
    await pickOption(user, 'Vai trò', 'Cán bộ đơn vị');
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'ngan');
    await user.click(screen.getByRole('button', { name: 'Tạo người dùng' }));

    expect(screen.getByText('Cán bộ đơn vị phải thuộc một đơn vị.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tên đăng nhập' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Mật khẩu phải có ít nhất 12 ký tự.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('creates an inspector without a unit, who then sees every unit', async () => {
    const { user, onSubmit } = renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Tên đăng nhập' }), 'noivu2');
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'Chuyên viên');
    await pickOption(user, 'Vai trò', 'Chuyên viên Nội vụ');
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'mat-khau-ban-dau');
    await user.click(screen.getByRole('button', { name: 'Tạo người dùng' }));

    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ role: 'inspector', unitId: null }));
  });

  it('shows the API’s field errors next to their fields, the unit’s included', () => {
    renderForm({
      error: new ApiError({
        status: 409,
        code: 'CONFLICT',
        message: 'The username kienan is taken',
        requestId: 'req-1',
        issues: [
          { path: 'username', code: 'taken', message: 'This username is taken' },
          { path: 'unitId', code: 'unknown_unit', message: 'No unit' },
        ],
      }),
    });

    expect(screen.getByRole('textbox', { name: 'Tên đăng nhập' })).toHaveAccessibleDescription(
      expect.stringContaining('Tên đăng nhập này đã được sử dụng.'),
    );
    expect(screen.getByText('Không tìm thấy đơn vị này.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows an error that belongs to no field above the form', () => {
    renderForm({
      error: new ApiError({ status: 403, code: 'FORBIDDEN', message: 'Your role may not do this', requestId: 'r-9' }),
    });

    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Bạn không có quyền thực hiện thao tác này.')).toBeInTheDocument();
  });
});
