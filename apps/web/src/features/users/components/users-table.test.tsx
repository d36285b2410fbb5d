import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { makeUser } from '../../../testing/auth-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { UsersTable } from './users-table';

const admin = makeUser({ username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unit: null });
const kienan = makeUser();
const former = makeUser({
  username: 'nghiviec',
  displayName: 'Đã nghỉ việc',
  role: 'leader',
  unit: null,
  isActive: false,
});

function renderTable() {
  const onEdit = vi.fn();
  const onResetPassword = vi.fn();
  const view = renderWithProviders(
    <UsersTable users={[admin, kienan, former]} onEdit={onEdit} onResetPassword={onResetPassword} />,
  );
  return { ...view, onEdit, onResetPassword };
}

function cellsOf(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('UsersTable', () => {
  it('shows each user with role, unit and status in Vietnamese, in the order given', () => {
    renderTable();

    const table = screen.getByRole('table', { name: 'Danh sách người dùng' });
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(
      within(header as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Tên đăng nhập', 'Họ và tên', 'Vai trò', 'Đơn vị', 'Trạng thái', 'Thao tác']);
    expect(rows.map((row) => cellsOf(row).slice(0, 5))).toEqual([
      ['admin', 'Quản trị hệ thống', 'Quản trị viên', 'Tất cả đơn vị', 'Đang hoạt động'],
      ['kienan', 'Cán bộ Quận Kiến An', 'Cán bộ đơn vị', 'Quận Kiến An', 'Đang hoạt động'],
      ['nghiviec', 'Đã nghỉ việc', 'Lãnh đạo', 'Tất cả đơn vị', 'Đã vô hiệu hoá'],
    ]);
  });

  it('speaks English when the interface does', async () => {
    await i18n.changeLanguage('en');
    renderTable();

    const row = screen.getByRole('row', { name: /nghiviec/ });
    expect(cellsOf(row).slice(2, 5)).toEqual(['Leader', 'All units', 'Disabled']);
  });

  it('edits or resets the password of the user of the row clicked', async () => {
    const { user, onEdit, onResetPassword } = renderTable();

    await user.click(screen.getByRole('button', { name: 'Sửa người dùng kienan' }));
    await user.click(screen.getByRole('button', { name: 'Đặt lại mật khẩu của nghiviec' }));

    expect(onEdit).toHaveBeenCalledExactlyOnceWith(kienan);
    expect(onResetPassword).toHaveBeenCalledExactlyOnceWith(former);
  });
});
