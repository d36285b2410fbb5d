import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { OnTimeRateValue } from './on-time-rate-value';

describe('OnTimeRateValue', () => {
  it('shows a computed rate as 100,00 % with the counts it comes from', () => {
    const { container } = renderWithProviders(
      <OnTimeRateValue rate={{ basis: 'computed', rate: 100, numerator: 2763, denominator: 2763 }} />,
    );
    expect(container).toHaveTextContent('100,00 % (2.763 / 2.763)');
  });

  it('shows a reported rate as the report gave it, marked as reported', () => {
    const { container } = renderWithProviders(
      <OnTimeRateValue rate={{ basis: 'reported', rate: 99.9, numerator: null, denominator: null }} />,
    );
    expect(container).toHaveTextContent('99,9 % (số liệu báo cáo)');
  });

  it('says "không có số liệu" when nothing was reported, never 0', () => {
    const { container } = renderWithProviders(
      <OnTimeRateValue rate={{ basis: 'not_reported', rate: null, numerator: null, denominator: null }} />,
    );
    expect(container).toHaveTextContent('không có số liệu');
    expect(screen.queryByText(/\d/)).not.toBeInTheDocument();
  });
});
