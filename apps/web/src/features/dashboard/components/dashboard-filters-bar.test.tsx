import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { type DashboardFilters, defaultDashboardFilters, periodRange } from '../utils/dashboard-filters';
import { DashboardFiltersBar } from './dashboard-filters-bar';

const noSearch = { choices: [], isLoading: false, onSearchChange: () => {} };

function renderBar(filters: DashboardFilters = defaultDashboardFilters('2021-08-25')) {
  const onChange = vi.fn();
  const view = renderWithProviders(
    <DashboardFiltersBar
      filters={filters}
      onChange={onChange}
      currentYear={2021}
      parent={null}
      unitSearch={noSearch}
    />,
  );
  return { ...view, onChange };
}

describe('DashboardFiltersBar', () => {
  it('switches a year to its first quarter, a period the API gets as first and last day', async () => {
    const { user, onChange } = renderBar();

    await user.click(screen.getByRole('combobox', { name: 'Kỳ' }));
    await user.click(screen.getByRole('option', { name: 'Quý' }));

    const [[change]] = onChange.mock.calls as [[Partial<DashboardFilters>]];
    expect(change.period).toMatchObject({ kind: 'quarter', year: 2021, part: 1 });
    expect(periodRange(change.period ?? defaultDashboardFilters('2021-08-25').period)).toEqual({
      from: '2021-01-01',
      to: '2021-03-31',
    });
  });

  it('picks the second half of the year', async () => {
    const filters = defaultDashboardFilters('2021-08-25');
    const { user, onChange } = renderBar({ ...filters, period: { ...filters.period, kind: 'half' } });

    await user.click(screen.getByRole('combobox', { name: '6 tháng' }));
    await user.click(screen.getByRole('option', { name: '6 tháng cuối năm' }));

    expect(onChange).toHaveBeenCalledExactlyOnceWith({ period: { ...filters.period, kind: 'half', part: 2 } });
  });

  it('shows a custom period as dd/mm/yyyy and reads a typed end date', async () => {
    const filters = defaultDashboardFilters('2021-08-25');
    const { user, onChange } = renderBar({
      ...filters,
      period: { kind: 'custom', year: 2021, part: 1, from: '2015-01-01', to: null },
    });

    expect(screen.getByRole('textbox', { name: 'Từ ngày' })).toHaveValue('01/01/2015');
    await user.type(screen.getByRole('textbox', { name: 'Đến ngày' }), '31/12/2021');

    expect(onChange).toHaveBeenLastCalledWith({
      period: { kind: 'custom', year: 2021, part: 1, from: '2015-01-01', to: '2021-12-31' },
    });
  });

  it('chooses the level and the rate definition', async () => {
    const { user, onChange } = renderBar();

    await user.click(screen.getByRole('combobox', { name: 'Cấp đơn vị' }));
    await user.click(screen.getByRole('option', { name: 'Quận/Huyện' }));
    expect(onChange).toHaveBeenLastCalledWith({ level: 'district' });

    await user.click(screen.getByText('Theo Quyết định 766'));
    expect(onChange).toHaveBeenLastCalledWith({ definition: 'decision_766' });
  });
});
