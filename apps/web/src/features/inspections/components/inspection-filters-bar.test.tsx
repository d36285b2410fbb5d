import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { kienAnUnit } from '../../../testing/inspection-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { emptyInspectionFilters, type InspectionFilters } from '../utils/inspection-filters';
import { InspectionFiltersBar } from './inspection-filters-bar';

function renderBar(filters: InspectionFilters = emptyInspectionFilters, canSeeDeleted = false) {
  const onChange = vi.fn();
  const onUnitChange = vi.fn();
  const view = renderWithProviders(
    <InspectionFiltersBar
      filters={filters}
      onChange={onChange}
      onClear={vi.fn()}
      unit={filters.unitId ? { ...kienAnUnit } : null}
      unitSearch={{ choices: [], isLoading: false, onSearchChange: vi.fn() }}
      onUnitChange={onUnitChange}
      canSeeDeleted={canSeeDeleted}
    />,
  );
  return { ...view, onChange, onUnitChange };
}

describe('InspectionFiltersBar', () => {
  it('shows the filters read from the URL, dates as dd/mm/yyyy and the unit by name', () => {
    renderBar({
      ...emptyInspectionFilters,
      unitId: kienAnUnit.id,
      from: '2020-01-01',
      to: '2020-12-31',
      kind: 'visit',
      parArea: 'procedures',
      hasOverdue: true,
    });

    expect(screen.getByRole('combobox', { name: 'Đơn vị' })).toHaveValue('Quận Kiến An');
    expect(screen.getByRole('textbox', { name: 'Từ ngày' })).toHaveValue('01/01/2020');
    expect(screen.getByRole('textbox', { name: 'Đến ngày' })).toHaveValue('31/12/2020');
    expect(screen.getByRole('combobox', { name: 'Hình thức' })).toHaveValue('Đoàn kiểm tra');
    expect(screen.getByRole('combobox', { name: 'Lĩnh vực CCHC' })).toHaveValue('Cải cách thủ tục hành chính');
    expect(screen.getByRole('checkbox', { name: 'Có chỉ đạo quá hạn' })).toBeChecked();
  });

  it('filters by kind, PAR area and overdue directives, and sorts', async () => {
    const { user, onChange } = renderBar();

    await user.click(screen.getByRole('combobox', { name: 'Hình thức' }));
    await user.click(screen.getByRole('option', { name: 'Hội nghị sơ kết, tổng kết' }));
    await user.click(screen.getByRole('combobox', { name: 'Lĩnh vực CCHC' }));
    await user.click(screen.getByRole('option', { name: 'Chính quyền điện tử, chính quyền số' }));
    await user.click(screen.getByRole('checkbox', { name: 'Có chỉ đạo quá hạn' }));
    await user.click(screen.getByRole('combobox', { name: 'Sắp xếp' }));
    await user.click(screen.getByRole('option', { name: 'Theo tên đơn vị' }));

    expect(onChange.mock.calls.map(([change]) => change)).toEqual([
      { kind: 'review_meeting' },
      { parArea: 'digital_government' },
      { hasOverdue: true },
      { sort: 'unit_asc' },
    ]);
  });

  it('reads a start date typed as dd/mm/yyyy', async () => {
    const { user, onChange } = renderBar();

    await user.type(screen.getByRole('textbox', { name: 'Từ ngày' }), '18/12/2020');

    expect(onChange).toHaveBeenLastCalledWith({ from: '2020-12-18' });
  });

  it('offers the deleted inspections to administrators only', () => {
    renderBar();
    expect(screen.queryByRole('checkbox', { name: 'Chỉ xem các đợt đã xoá' })).not.toBeInTheDocument();
  });
});
