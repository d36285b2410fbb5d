import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { renderWithProviders } from '../../../testing/render';
import { ImportIssues } from './import-issues';

const issues = [
  {
    path: 'Row 12, column "Đúng hạn"',
    code: 'not_a_count',
    message: 'Row 12, column "Đúng hạn": 12.989,5 is not a count',
  },
  {
    path: 'Row 1500',
    code: 'duplicate_row',
    message: 'Row 1500: repeats row 3 (Quận Kiến An, district, 2022-01-01 – 2022-12-31)',
  },
];

describe('ImportIssues', () => {
  it('lists each problem with its row (vi-VN) and column, explained in Vietnamese', () => {
    renderWithProviders(<ImportIssues issues={issues} />);
    const [, first, second] = screen.getAllByRole('row');
    expect(within(first as HTMLElement).getByText('12')).toBeInTheDocument();
    expect(within(first as HTMLElement).getByText('Đúng hạn')).toBeInTheDocument();
    expect(within(first as HTMLElement).getByText(/Không phải số hồ sơ/)).toBeInTheDocument();
    expect(within(first as HTMLElement).getByText('12.989,5 is not a count')).toBeInTheDocument();
    expect(within(second as HTMLElement).getByText('1.500')).toBeInTheDocument();
    expect(within(second as HTMLElement).getByText('Dòng trùng với một dòng trước')).toBeInTheDocument();
  });

  it('explains the problems in English', async () => {
    await i18n.changeLanguage('en');
    try {
      renderWithProviders(<ImportIssues issues={issues} />);
      expect(screen.getByText('The row repeats an earlier one')).toBeInTheDocument();
      expect(screen.getByRole('columnheader', { name: 'Row' })).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('vi');
    }
  });
});
