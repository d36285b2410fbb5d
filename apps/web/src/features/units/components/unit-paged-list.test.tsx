import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { renderWithProviders } from '../../../testing/render';
import { makeChildUnit, makeUnit } from '../../../testing/unit-fixtures';
import { UnitPagedList, type UnitPagedListProps } from './unit-paged-list';

function renderList(props: Partial<UnitPagedListProps> = {}) {
  const onPageChange = vi.fn();
  const view = renderWithProviders(
    <UnitPagedList
      units={[makeUnit({ name: 'Huyện Kiến Thụy' }), makeUnit({ name: 'Xã Kiến Thụy', level: 'commune' })]}
      total={2}
      page={1}
      pageSize={20}
      onPageChange={onPageChange}
      label="Kết quả tìm kiếm"
      emptyMessage="Không tìm thấy đơn vị phù hợp."
      emptyHint="Thử từ khoá khác hoặc bỏ bớt bộ lọc."
      {...props}
    />,
  );
  return { ...view, onPageChange };
}

describe('UnitPagedList', () => {
  it('lists each unit with its name as a link', () => {
    renderList();

    const list = screen.getByRole('list', { name: 'Kết quả tìm kiếm' });
    expect(list.children).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Huyện Kiến Thụy' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xã Kiến Thụy' })).toBeInTheDocument();
  });

  it('tells apart units of the same name by their parents when asked to', () => {
    const phuong1 = (district: string) =>
      makeChildUnit(makeUnit({ name: district }), { name: 'Phường 1', level: 'commune' });
    renderList({ units: [phuong1('Quận 3'), phuong1('Quận 5')], showParent: true });

    const rows = within(screen.getByRole('list', { name: 'Kết quả tìm kiếm' })).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['Phường 1', 'Phường 1']);
    expect(rows.map((row) => within(row).getByText(/^thuộc /).textContent)).toEqual(['thuộc Quận 3', 'thuộc Quận 5']);
  });

  it('leaves parents out by default, as for the children of one unit', () => {
    const haiPhong = makeUnit({ name: 'Thành phố Hải Phòng', level: 'province' });
    renderList({ units: [makeChildUnit(haiPhong, { name: 'Huyện Kiến Thụy' })] });
    expect(screen.queryByText('thuộc Thành phố Hải Phòng')).not.toBeInTheDocument();
  });

  it('summarises the range shown with Vietnamese number formatting', () => {
    renderList({ page: 2, total: 18187, pageSize: 2 });
    expect(screen.getByText('Hiển thị 3–4 trên 18.187 đơn vị')).toBeInTheDocument();
  });

  it('summarises with English number formatting in English', async () => {
    await i18n.changeLanguage('en');
    renderList({ page: 2, total: 18187, pageSize: 2 });
    expect(screen.getByText('Showing 3–4 of 18,187 units')).toBeInTheDocument();
  });

  it('hides paging when everything fits on one page', () => {
    renderList();
    expect(screen.queryByRole('navigation', { name: 'Phân trang' })).not.toBeInTheDocument();
  });

  it('asks for the page that is clicked', async () => {
    const { user, onPageChange } = renderList({ total: 45, pageSize: 20 });

    expect(screen.getByRole('button', { name: 'Trang 1' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('button', { name: 'Trang 3' }));
    expect(onPageChange).toHaveBeenCalledExactlyOnceWith(3);

    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(onPageChange).toHaveBeenLastCalledWith(2);
  });

  it('shows the empty message and hint when nothing matched', () => {
    renderList({ units: [], total: 0 });

    expect(screen.getByText('Không tìm thấy đơn vị phù hợp.')).toBeInTheDocument();
    expect(screen.getByText('Thử từ khoá khác hoặc bỏ bớt bộ lọc.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
