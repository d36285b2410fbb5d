import type { DossierStatsPreview } from '@partrack/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { ColumnMapping } from './column-mapping';

const columns: DossierStatsPreview['columns'] = [
  { index: 0, header: 'Đơn vị' },
  { index: 1, header: 'Số hồ sơ tiếp nhận' },
  { index: 2, header: 'Đúng hạn' },
];
const rows: DossierStatsPreview['rows'] = [
  {
    row: 2,
    cells: ['Quận Kiến An', '2.873', '2.763'],
    unit: null,
    tier: null,
    periodStart: null,
    periodEnd: null,
    values: {},
    issues: [],
  },
];

describe('ColumnMapping', () => {
  it('shows each column with its example and the proposed figure, in Vietnamese', () => {
    renderWithProviders(
      <ColumnMapping columns={columns} rows={rows} mapping={{ unit: 0, received: 1 }} onChange={vi.fn()} />,
    );
    expect(screen.getByText('Số hồ sơ tiếp nhận')).toBeInTheDocument();
    expect(screen.getByText('2.873')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Số liệu: Số hồ sơ tiếp nhận' })).toHaveValue('Tiếp nhận');
    expect(screen.getByRole('combobox', { name: 'Số liệu: Đúng hạn' })).toHaveValue('Bỏ qua');
  });

  it('maps a column to the figure picked, moving it off the column that had it', async () => {
    const onChange = vi.fn();
    const { user } = renderWithProviders(
      <ColumnMapping columns={columns} rows={rows} mapping={{ unit: 0, received: 1 }} onChange={onChange} />,
    );
    await user.click(screen.getByRole('combobox', { name: 'Số liệu: Đúng hạn' }));
    await user.click(screen.getByRole('option', { name: 'Tiếp nhận' }));
    expect(onChange).toHaveBeenCalledWith({ unit: 0, received: 2 });
  });
});
