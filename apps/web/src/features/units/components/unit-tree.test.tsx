import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { renderWithProviders } from '../../../testing/render';
import { makeChildUnit, makeUnit } from '../../../testing/unit-fixtures';
import type { UnitBranch } from '../utils/unit-branches';
import { UnitTree, type UnitTreeProps } from './unit-tree';

const haiPhong = makeUnit({ name: 'Thành phố Hải Phòng', level: 'province', code: '31', childCount: 2, validTo: null });
const haNoi = makeUnit({ name: 'Thành phố Hà Nội', level: 'province', code: '01', childCount: 0, validTo: null });
const kienThuy = makeChildUnit(haiPhong, { name: 'Huyện Kiến Thụy' });
const kienAn = makeChildUnit(haiPhong, { name: 'Quận Kiến An' });

function loaded(units = [haiPhong, haNoi], total = units.length): UnitBranch {
  return { status: 'success', units, total, error: null, isLoadingMore: false };
}

function renderTree(props: Partial<UnitTreeProps> = {}) {
  const handlers = { onToggle: vi.fn(), onLoadMore: vi.fn(), onRetry: vi.fn() };
  const view = renderWithProviders(
    <UnitTree
      root={loaded()}
      branches={new Map()}
      expandedIds={new Set()}
      emptyMessage="Chưa có đơn vị nào."
      {...handlers}
      {...props}
    />,
  );
  return { ...view, ...handlers };
}

describe('UnitTree', () => {
  it('lists the root units with level, code and number of sub-units', () => {
    renderTree();

    expect(screen.getByRole('link', { name: 'Thành phố Hải Phòng' })).toHaveAttribute('href', `/units/${haiPhong.id}`);
    expect(screen.getByRole('link', { name: 'Thành phố Hà Nội' })).toBeInTheDocument();
    expect(screen.getAllByText('Tỉnh/Thành phố')).toHaveLength(2);
    expect(screen.getByText('Mã 31')).toBeInTheDocument();
    expect(screen.getByText('2 đơn vị trực thuộc')).toBeInTheDocument();
  });

  it('offers to expand only units that have children', async () => {
    const { user, onToggle } = renderTree();

    expect(screen.queryByRole('button', { name: 'Mở Thành phố Hà Nội' })).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Mở Thành phố Hải Phòng' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    expect(onToggle).toHaveBeenCalledExactlyOnceWith(haiPhong.id);
  });

  it('shows a loading state under a node whose children are on their way', () => {
    renderTree({ expandedIds: new Set([haiPhong.id]) });

    expect(screen.getByRole('button', { name: 'Thu gọn Thành phố Hải Phòng' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải…');
  });

  it('shows the children of an expanded node inside it', () => {
    renderTree({
      expandedIds: new Set([haiPhong.id]),
      branches: new Map([[haiPhong.id, loaded([kienThuy, kienAn])]]),
    });

    const toggle = screen.getByRole('button', { name: 'Thu gọn Thành phố Hải Phòng' });
    const children = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(children).not.toBeNull();
    expect(within(children as HTMLElement).getByRole('link', { name: 'Huyện Kiến Thụy' })).toBeInTheDocument();
    expect(within(children as HTMLElement).getByRole('link', { name: 'Quận Kiến An' })).toBeInTheDocument();
  });

  it('shows a failed branch with its translated error, request id and a retry', async () => {
    const error = new ApiError({ status: 503, code: 'DATABASE_UNAVAILABLE', message: 'x', requestId: 'req-7f3a' });
    const { user, onRetry } = renderTree({
      expandedIds: new Set([haiPhong.id]),
      branches: new Map([[haiPhong.id, { status: 'error', units: [], total: 0, error, isLoadingMore: false }]]),
    });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Cơ sở dữ liệu tạm thời không truy cập được');
    expect(alert).toHaveTextContent('Mã yêu cầu: req-7f3a');

    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(onRetry).toHaveBeenCalledExactlyOnceWith(haiPhong.id);
  });

  it('loads more root units when there are more than one page', async () => {
    const { user, onLoadMore } = renderTree({ root: loaded([haiPhong, haNoi], 1250) });

    await user.click(screen.getByRole('button', { name: 'Tải thêm (2/1.250)' }));
    expect(onLoadMore).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('says so when there is nothing to show', () => {
    renderTree({ root: loaded([]), emptyMessage: 'Không có đơn vị nào còn hiệu lực vào ngày 01/01/1990.' });
    expect(screen.getByText('Không có đơn vị nào còn hiệu lực vào ngày 01/01/1990.')).toBeInTheDocument();
  });
});
