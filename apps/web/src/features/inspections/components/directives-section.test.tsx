import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeInspection } from '../../../testing/inspection-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { DirectivesSection } from './directives-section';

describe('DirectivesSection', () => {
  it('links each directive to its follow-up page and shows its bucket', () => {
    const [directive] = makeInspection().directives;
    if (!directive) throw new Error('the fixture has a directive');
    renderWithProviders(<DirectivesSection directives={[directive]} />);

    const table = screen.getByRole('table', { name: 'Danh sách chỉ đạo' });
    expect(within(table).getByRole('link', { name: directive.text })).toHaveAttribute(
      'href',
      `/directives/${directive.id}`,
    );
    expect(within(table).getByText('Hoàn thành đúng hạn')).toBeInTheDocument();
  });
});
