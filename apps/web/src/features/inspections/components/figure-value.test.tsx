import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { FigureValue } from './figure-value';

describe('FigureValue', () => {
  it.each([
    [{ indicator: 'staff_trained', value: 400, qualifier: 'more_than' }, 'trên 400'],
    [{ indicator: 'processing_days_max', value: 3, qualifier: 'less_than' }, 'dưới 3'],
    [{ indicator: 'received', value: 1200, qualifier: 'approx' }, 'khoảng 1.200'],
    [{ indicator: 'received', value: 12989, qualifier: 'exact' }, '12.989'],
    [{ indicator: 'plan_tasks_completed_rate', value: 57.14, qualifier: 'exact' }, '57,14 %'],
  ] as const)('shows %o as "%s"', (figure, text) => {
    renderWithProviders(<FigureValue figure={figure} />);
    expect(screen.getByText(text)).toBeInTheDocument();
  });
});
