import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { giaLam, makeFigure, makeInspection, makeRate } from '../../../testing/inspection-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { FiguresSection } from './figures-section';

function rateRows(name: string) {
  return within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);
}

describe('FiguresSection', () => {
  it('shows district- and commune-tier figures apart, each with both on-time rate definitions', () => {
    renderWithProviders(<FiguresSection inspection={makeInspection()} />);

    const district = 'Huyện Gia Lâm · Cấp huyện · 16/12/2020–31/05/2021';
    const commune = 'Huyện Gia Lâm · Cấp xã · 16/12/2020–31/05/2021';
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      district,
      commune,
    ]);
    expect(
      within(screen.getByRole('table', { name: `Số liệu: ${district}` }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Hồ sơ tiếp nhận12.989', 'Hồ sơ đã giải quyết12.616', 'Hồ sơ giải quyết đúng hạn12.616']);
    expect(rateRows(`Tỷ lệ hồ sơ đúng hạn: ${district}`)).toEqual([
      expect.stringContaining('100,00 % (12.616 / 12.616)'),
      expect.stringContaining('không có số liệu'),
    ]);
    expect(rateRows(`Tỷ lệ hồ sơ đúng hạn: ${commune}`)[0]).toContain('100,00 % (61.000 / 61.000)');
  });

  it('shows figures that cannot all be true as a warning beside them', () => {
    renderWithProviders(
      <FiguresSection
        inspection={{
          figures: [
            makeFigure({ indicator: 'resolved', value: 10 }),
            makeFigure({ indicator: 'resolved_on_time', value: 12 }),
          ],
          onTimeRates: [makeRate({ numerator: 12, denominator: 10, rate: 120 })],
          flags: [
            {
              code: 'on_time_exceeds_resolved',
              message: 'On time (12) exceeds resolved (10)',
              unitId: giaLam.id,
              tier: 'district',
              periodStart: '2020-12-16',
              periodEnd: '2021-05-31',
            },
          ],
        }}
      />,
    );

    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent('Số liệu không thống nhất');
    expect(warning).toHaveTextContent('Số hồ sơ đúng hạn lớn hơn số hồ sơ đã giải quyết.');
  });

  it('says so when the report gives no figures', () => {
    renderWithProviders(<FiguresSection inspection={{ figures: [], onTimeRates: [], flags: [] }} />);
    expect(screen.getByText('Báo cáo không nêu số liệu nào.')).toBeInTheDocument();
  });
});
