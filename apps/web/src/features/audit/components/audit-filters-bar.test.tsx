import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { type AuditFilters, emptyAuditFilters } from '../utils/audit-filters';
import { AuditFiltersBar } from './audit-filters-bar';

function renderBar(filters: AuditFilters = emptyAuditFilters) {
  const onChange = vi.fn();
  const onClear = vi.fn();
  const view = renderWithProviders(<AuditFiltersBar filters={filters} onChange={onChange} onClear={onClear} />);
  return { ...view, onChange, onClear };
}

describe('AuditFiltersBar', () => {
  it('shows the filters read from the URL, dates as dd/mm/yyyy', () => {
    renderBar({ action: 'user.password_reset', from: '2025-07-01', to: '2025-07-31', page: 1 });

    expect(screen.getByRole('combobox', { name: 'Hành động' })).toHaveValue('Đặt lại mật khẩu');
    expect(screen.getByRole('textbox', { name: 'Từ ngày' })).toHaveValue('01/07/2025');
    expect(screen.getByRole('textbox', { name: 'Đến ngày' })).toHaveValue('31/07/2025');
  });

  it('filters by the action picked, named in Vietnamese', async () => {
    const { user, onChange } = renderBar();

    await user.click(screen.getByRole('combobox', { name: 'Hành động' }));
    await user.click(screen.getByRole('option', { name: 'Đăng nhập thất bại' }));

    expect(onChange).toHaveBeenCalledExactlyOnceWith({ action: 'auth.login_failed' });
  });

  it('reads a start date typed as dd/mm/yyyy', async () => {
    const { user, onChange } = renderBar();

    await user.type(screen.getByRole('textbox', { name: 'Từ ngày' }), '01/07/2025');

    expect(onChange).toHaveBeenCalledExactlyOnceWith({ from: '2025-07-01' });
  });
});
