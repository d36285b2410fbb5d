import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeCurrentUser } from '../../../testing/auth-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { UserMenu } from './user-menu';

function renderMenu(user = makeCurrentUser()) {
  const onChangePassword = vi.fn();
  const onSignOut = vi.fn();
  const view = renderWithProviders(<UserMenu user={user} onChangePassword={onChangePassword} onSignOut={onSignOut} />);
  return { ...view, onChangePassword, onSignOut };
}

describe('UserMenu', () => {
  it('names the user, their role and their unit', () => {
    renderMenu();

    const button = screen.getByRole('button', { name: 'Tài khoản: Cán bộ Quận Kiến An' });
    expect(button).toHaveTextContent('Cán bộ Quận Kiến An');
    expect(button).toHaveTextContent('Cán bộ đơn vị · Quận Kiến An');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('says "all units" for a user without a unit', async () => {
    const { user } = renderMenu(
      makeCurrentUser({ username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unit: null }),
    );

    await user.click(screen.getByRole('button', { name: 'Tài khoản: Quản trị hệ thống' }));

    expect(screen.getByText('Vai trò: Quản trị viên')).toBeInTheDocument();
    expect(screen.getByText('Đơn vị: Tất cả đơn vị')).toBeInTheDocument();
  });

  it('opens to change the password or sign out, and closes once one is chosen', async () => {
    const { user, onChangePassword, onSignOut } = renderMenu();
    const button = screen.getByRole('button', { name: /^Tài khoản/ });
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).not.toBeInTheDocument();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(onChangePassword).toHaveBeenCalledOnce();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    expect(onSignOut).toHaveBeenCalledOnce();
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const { user } = renderMenu();
    const button = screen.getByRole('button', { name: /^Tài khoản/ });

    await user.click(button);
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});
