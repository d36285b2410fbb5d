import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeDirectiveSummary } from '../../../testing/directive-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { DirectivesTable } from './directives-table';

function rows() {
  return within(screen.getByRole('table', { name: 'Danh sách chỉ đạo' }))
    .getAllByRole('row')
    .slice(1);
}

function cellsOf(row: HTMLElement | undefined) {
  return within(row as HTMLElement)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('DirectivesTable', () => {
  it('shows text, lead unit, inspection, the original due date with the extended one, status and next step', () => {
    const directive = makeDirectiveSummary({ extendedDueDate: '2021-06-30' });
    renderWithProviders(<DirectivesTable directives={[directive]} viewerRole="unit_officer" />);

    const [row] = rows();
    expect(cellsOf(row)).toEqual([
      `${directive.text}Chính quyền điện tử, chính quyền số`,
      'Quận Kiến An',
      'Quận Kiến An · 18/12/2020',
      '18/03/2021gia hạn đến 30/06/2021',
      'Đang thực hiện quá hạnĐang thực hiện',
      'Báo cáo tiến độ',
    ]);
    const links = within(row as HTMLElement).getAllByRole('link');
    expect(links[0]).toHaveAttribute('href', `/directives/${directive.id}`);
    expect(links[1]).toHaveAttribute('href', `/inspections/${directive.inspection.id}`);
  });

  it('tells a unit officer what to do next with each directive', () => {
    renderWithProviders(
      <DirectivesTable
        viewerRole="unit_officer"
        directives={[
          makeDirectiveSummary(),
          makeDirectiveSummary({ stage: 'awaiting_review', reportedDoneOn: '2021-03-10' }),
          makeDirectiveSummary({ isReturned: true }),
          makeDirectiveSummary({ hasPendingExtension: true }),
          makeDirectiveSummary({ stage: 'accepted', completedOn: '2021-03-10', bucket: 'done_on_time' }),
          makeDirectiveSummary({ dueDate: null, bucket: 'open_within_deadline' }),
        ]}
      />,
    );

    expect(rows().map((row) => cellsOf(row).at(-1))).toEqual([
      'Báo cáo tiến độ',
      'Chờ thẩm định',
      'Bị trả lại – báo cáo lại',
      'Chờ quyết định gia hạn',
      'Đã hoàn thành',
      'Báo cáo tiến độ',
    ]);
    // Only what is the reader's own to do is marked as such.
    expect(rows().map((row) => row.querySelector('[data-mine]') !== null)).toEqual([
      true,
      false,
      true,
      false,
      false,
      true,
    ]);
    expect(cellsOf(rows()[5])[3]).toBe('Không có hạn');
  });

  it('puts the review on the inspector and the extension on the leader', () => {
    const reported = makeDirectiveSummary({ stage: 'awaiting_review', reportedDoneOn: '2021-03-10' });
    const asked = makeDirectiveSummary({ hasPendingExtension: true });
    const { unmount } = renderWithProviders(<DirectivesTable viewerRole="inspector" directives={[reported, asked]} />);
    expect(rows().map((row) => cellsOf(row).at(-1))).toEqual(['Cần thẩm định', 'Chờ quyết định gia hạn']);
    unmount();

    renderWithProviders(<DirectivesTable viewerRole="leader" directives={[reported, asked]} />);
    expect(rows().map((row) => cellsOf(row).at(-1))).toEqual(['Chờ thẩm định', 'Cần quyết định gia hạn']);
  });
});
