import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { makeUnitDetail, nextId } from '../../../testing/unit-fixtures';
import { UnitDetailView } from './unit-detail-view';

const haiPhongId = nextId();
const kienThuyCommuneId = nextId();
const oldCommuneId = nextId();

const kienThuy = makeUnitDetail({
  name: 'Huyện Kiến Thụy',
  level: 'district',
  code: '313',
  validFrom: null,
  validTo: '2025-06-30',
  parentId: haiPhongId,
  parent: { id: haiPhongId, name: 'Thành phố Hải Phòng', level: 'province' },
  ancestors: [{ id: haiPhongId, name: 'Thành phố Hải Phòng', level: 'province' }],
  predecessors: [],
  successors: [
    {
      unit: { id: kienThuyCommuneId, name: 'Xã Kiến Thụy', level: 'commune' },
      effectiveOn: '2025-07-01',
      note: 'Sáp nhập theo Nghị quyết 1669/NQ-UBTVQH15',
    },
  ],
});

describe('UnitDetailView', () => {
  it('shows name, level, code and validity', () => {
    renderWithProviders(<UnitDetailView unit={kienThuy} childrenSection={null} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Huyện Kiến Thụy' })).toBeInTheDocument();
    expect(screen.getAllByText('Quận/Huyện').length).toBeGreaterThan(0);
    expect(screen.getByText('313')).toBeInTheDocument();
    expect(screen.getAllByText('hiệu lực đến 30/06/2025').length).toBeGreaterThan(0);
  });

  it('links every ancestor in the breadcrumb, from the list down to the parent', () => {
    renderWithProviders(<UnitDetailView unit={kienThuy} childrenSection={null} />);

    const breadcrumb = screen.getByRole('navigation', { name: 'Vị trí trong cây đơn vị' });
    const links = within(breadcrumb).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Đơn vị hành chính', '/units'],
      ['Thành phố Hải Phòng', `/units/${haiPhongId}`],
    ]);
    expect(within(breadcrumb).getByText('Huyện Kiến Thụy')).toHaveAttribute('aria-current', 'page');
  });

  it('lists successors with the date they took over and the note', () => {
    renderWithProviders(<UnitDetailView unit={kienThuy} childrenSection={null} />);

    const section = screen.getByRole('heading', { name: 'Đơn vị kế thừa' }).closest('section') as HTMLElement;
    expect(within(section).getByRole('link', { name: 'Xã Kiến Thụy' })).toHaveAttribute(
      'href',
      `/units/${kienThuyCommuneId}`,
    );
    expect(within(section).getByText('từ ngày 01/07/2025')).toBeInTheDocument();
    expect(within(section).getByText('Sáp nhập theo Nghị quyết 1669/NQ-UBTVQH15')).toBeInTheDocument();
  });

  it('says when a unit has no predecessors, and when it has no code', () => {
    renderWithProviders(<UnitDetailView unit={{ ...kienThuy, code: null }} childrenSection={null} />);

    expect(screen.getByText('Không có đơn vị tiền thân.')).toBeInTheDocument();
    expect(screen.getByText('Chưa có mã')).toBeInTheDocument();
  });

  it('lists predecessors of a unit created by a merger', () => {
    const commune = makeUnitDetail({
      name: 'Xã Kiến Thụy',
      level: 'commune',
      validFrom: '2025-07-01',
      validTo: null,
      predecessors: [
        { unit: { id: oldCommuneId, name: 'Xã Thụy Hương', level: 'commune' }, effectiveOn: '2025-07-01', note: null },
      ],
    });
    renderWithProviders(<UnitDetailView unit={commune} childrenSection={<p>children here</p>} />);

    const section = screen.getByRole('heading', { name: 'Đơn vị tiền thân' }).closest('section') as HTMLElement;
    expect(within(section).getByRole('link', { name: 'Xã Thụy Hương' })).toBeInTheDocument();
    expect(screen.getByText('children here')).toBeInTheDocument();
    expect(screen.getAllByText('hiệu lực từ 01/07/2025').length).toBeGreaterThan(0);
  });
});
