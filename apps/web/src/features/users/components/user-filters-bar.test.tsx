import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { emptyUserFilters, type UserListFilters } from '../utils/user-filters';
import { UserFiltersBar } from './user-filters-bar';

function renderBar(filters: UserListFilters = emptyUserFilters) {
  const onChange = vi.fn();
  const onClear = vi.fn();
  const view = renderWithProviders(
    <UserFiltersBar filters={filters} onChange={onChange} onClear={onClear} searchDebounceMs={0} />,
  );
  return { ...view, onChange, onClear };
}

describe('UserFiltersBar', () => {
  it('shows the filters read from the URL', () => {
    renderBar({ q: 'kien', role: 'unit_officer', status: 'disabled', page: 1 });

    expect(screen.getByRole('searchbox', { name: 'Tìm người dùng' })).toHaveValue('kien');
    expect(screen.getByRole('combobox', { name: 'Vai trò' })).toHaveValue('Cán bộ đơn vị');
    expect(screen.getByRole('combobox', { name: 'Trạng thái' })).toHaveValue('Đã vô hiệu hoá');
  });

  it('filters by the role and the status picked', async () => {
    const { user, onChange } = renderBar();

    await user.click(screen.getByRole('combobox', { name: 'Vai trò' }));
    await user.click(screen.getByRole('option', { name: 'Lãnh đạo' }));
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(screen.getByRole('option', { name: 'Đang hoạt động' }));

    expect(onChange.mock.calls).toEqual([[{ role: 'leader' }], [{ status: 'active' }]]);
  });

  it('searches for what is typed', async () => {
    const { user, onChange } = renderBar();

    await user.type(screen.getByRole('searchbox', { name: 'Tìm người dùng' }), 'gia lam{Enter}');

    expect(onChange).toHaveBeenLastCalledWith({ q: 'gia lam' });
  });

  it('offers to clear filters only when some are set', async () => {
    const { user, onClear, rerender } = renderBar();
    expect(screen.queryByRole('button', { name: 'Xoá bộ lọc' })).not.toBeInTheDocument();

    rerender(<UserFiltersBar filters={{ ...emptyUserFilters, role: 'admin' }} onChange={vi.fn()} onClear={onClear} />);
    await user.click(screen.getByRole('button', { name: 'Xoá bộ lọc' }));

    expect(onClear).toHaveBeenCalledOnce();
  });
});
