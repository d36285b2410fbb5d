import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { emptyUnitFilters } from '../utils/unit-filters';
import { UnitFiltersBar } from './unit-filters-bar';

function renderBar(filters = emptyUnitFilters) {
  const onChange = vi.fn();
  const onClear = vi.fn();
  const view = renderWithProviders(<UnitFiltersBar filters={filters} onChange={onChange} onClear={onClear} />);
  return { ...view, onChange, onClear };
}

describe('UnitFiltersBar', () => {
  it('shows the filters read from the URL', () => {
    renderBar({ q: 'kien', level: 'district', validOn: '2025-06-30', page: 1 });

    expect(screen.getByRole('searchbox', { name: 'Tìm đơn vị' })).toHaveValue('kien');
    expect(screen.getByRole('combobox', { name: 'Cấp' })).toHaveValue('Quận/Huyện');
    expect(screen.getByRole('textbox', { name: 'Hiệu lực vào ngày' })).toHaveValue('30/06/2025');
  });

  it('filters by the level picked from the list', async () => {
    const { user, onChange } = renderBar();

    await user.click(screen.getByRole('combobox', { name: 'Cấp' }));
    await user.click(screen.getByRole('option', { name: 'Xã/Phường/Thị trấn' }));

    expect(onChange).toHaveBeenCalledWith({ level: 'commune' });
  });

  it('reads a date typed as dd/mm/yyyy', async () => {
    const { user, onChange } = renderBar();

    await user.type(screen.getByRole('textbox', { name: 'Hiệu lực vào ngày' }), '30/06/2025');

    expect(onChange).toHaveBeenLastCalledWith({ validOn: '2025-06-30' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('offers to clear filters only when some are set', async () => {
    const { user, onClear, rerender } = renderBar();
    expect(screen.queryByRole('button', { name: 'Xoá bộ lọc' })).not.toBeInTheDocument();

    rerender(
      <UnitFiltersBar filters={{ ...emptyUnitFilters, level: 'province' }} onChange={vi.fn()} onClear={onClear} />,
    );
    await user.click(screen.getByRole('button', { name: 'Xoá bộ lọc' }));

    expect(onClear).toHaveBeenCalledOnce();
  });
});
