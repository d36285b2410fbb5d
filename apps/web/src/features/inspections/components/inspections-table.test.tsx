import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeInspectionListItem } from '../../../testing/inspection-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { InspectionsTable } from './inspections-table';

describe('InspectionsTable', () => {
  it('shows date, unit, kind, leader and directive counts, and links each row to its inspection', () => {
    const item = makeInspectionListItem();
    renderWithProviders(
      <InspectionsTable inspections={[item, makeInspectionListItem({ overdueDirectiveCount: 0 })]} />,
    );

    const [first, second] = within(screen.getByRole('table', { name: 'Danh sách đợt kiểm tra' }))
      .getAllByRole('row')
      .slice(1);
    const cells = within(first as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '28/06/2021Buổi sáng',
      `Huyện Gia Lâm${item.topic}`,
      'Hội nghị sơ kết, tổng kết',
      'Lê Anh QuânChủ tịch UBND huyện Gia Lâm',
      '5',
      '2 quá hạn',
    ]);
    expect(within(first as HTMLElement).getByRole('link', { name: 'Huyện Gia Lâm' })).toHaveAttribute(
      'href',
      `/inspections/${item.id}`,
    );
    // Only rows with overdue directives are marked.
    expect(first).toHaveAttribute('data-overdue', 'true');
    expect(second).not.toHaveAttribute('data-overdue');
  });

  it('shows SQL- and HTML-looking text as the text it is, never as markup', () => {
    const topic = "<img src=x onerror=alert(1)> '; DROP TABLE inspections; --";
    const leader = '<script>alert(1)</script>';
    const item = makeInspectionListItem({ topic, leader: { name: leader, title: null } });
    const { container } = renderWithProviders(<InspectionsTable inspections={[item]} />);

    expect(screen.getByText(topic, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(leader)).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });
});
