import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { BucketTabs } from './bucket-tabs';

const counts = { open_overdue: 2, open_within_deadline: 1, done_late: 1205, done_on_time: 3 };

describe('BucketTabs', () => {
  it('shows each bucket with its count, open ones first, and the sum under "all"', () => {
    renderWithProviders(
      <BucketTabs bucket={null} counts={counts} onChange={vi.fn()}>
        <p>list</p>
      </BucketTabs>,
    );

    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Tất cả (1.211)',
      'Đang thực hiện quá hạn (2)',
      'Đang thực hiện trong hạn (1)',
      'Hoàn thành quá hạn (1.205)',
      'Hoàn thành đúng hạn (3)',
    ]);
    expect(screen.getByRole('tab', { name: 'Tất cả (1.211)' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('list');
  });

  it('leaves a count out until it is known', () => {
    renderWithProviders(
      <BucketTabs bucket="done_late" counts={{ ...counts, done_on_time: null }} onChange={vi.fn()}>
        <p>list</p>
      </BucketTabs>,
    );

    expect(screen.getByRole('tab', { name: 'Tất cả' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Hoàn thành đúng hạn' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Hoàn thành quá hạn (1.205)' })).toHaveAttribute('aria-selected', 'true');
  });

  it('chooses a bucket, or all of them again', async () => {
    const onChange = vi.fn();
    const { user } = renderWithProviders(
      <BucketTabs bucket="done_late" counts={counts} onChange={onChange}>
        <p>list</p>
      </BucketTabs>,
    );

    await user.click(screen.getByRole('tab', { name: 'Đang thực hiện quá hạn (2)' }));
    await user.click(screen.getByRole('tab', { name: 'Tất cả (1.211)' }));

    expect(onChange.mock.calls).toEqual([['open_overdue'], [null]]);
  });
});
