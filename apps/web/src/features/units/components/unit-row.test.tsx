import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { renderWithProviders } from '../../../testing/render';
import { makeChildUnit, makeUnit } from '../../../testing/unit-fixtures';
import { UnitLevelBadge } from './unit-level-badge';
import { UnitRow } from './unit-row';
import { UnitValidity } from './unit-validity';

describe('UnitLevelBadge', () => {
  it.each([
    ['province', 'Tỉnh/Thành phố'],
    ['department', 'Sở, ban, ngành'],
    ['district', 'Quận/Huyện'],
    ['commune', 'Xã/Phường/Thị trấn'],
  ] as const)('labels %s as "%s" in Vietnamese', (level, label) => {
    renderWithProviders(<UnitLevelBadge level={level} />);
    expect(screen.getByText(label)).toBeInTheDocument();
  });

  it('labels levels in English when the interface is in English', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<UnitLevelBadge level="commune" />);
    expect(screen.getByText('Commune/Ward/Town')).toBeInTheDocument();
  });
});

describe('UnitValidity', () => {
  it('says until when a unit ended', () => {
    renderWithProviders(<UnitValidity validFrom={null} validTo="2025-06-30" />);
    expect(screen.getByText('hiệu lực đến 30/06/2025')).toBeInTheDocument();
  });

  it('says from when a unit started and still exists', () => {
    renderWithProviders(<UnitValidity validFrom="2025-07-01" validTo={null} />);
    expect(screen.getByText('hiệu lực từ 01/07/2025')).toBeInTheDocument();
  });

  it('gives both ends when both are known', () => {
    renderWithProviders(<UnitValidity validFrom="2019-12-01" validTo="2025-06-30" />);
    expect(screen.getByText('hiệu lực từ 01/12/2019 đến 30/06/2025')).toBeInTheDocument();
  });

  it('says in force when neither end is recorded', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<UnitValidity validFrom={null} validTo={null} />);
    expect(screen.getByText('in force')).toBeInTheDocument();
  });
});

describe('UnitRow', () => {
  const haiPhong = makeUnit({ name: 'Thành phố Hải Phòng', level: 'province', code: '31', validTo: null });

  it('shows level, name linking to the unit, code and validity', () => {
    const unit = makeUnit({ name: 'Huyện Kiến Thụy', code: '313', validTo: '2025-06-30' });
    renderWithProviders(<UnitRow unit={unit} />);

    expect(screen.getByRole('link', { name: 'Huyện Kiến Thụy' })).toHaveAttribute('href', `/units/${unit.id}`);
    expect(screen.getByText('Quận/Huyện')).toBeInTheDocument();
    expect(screen.getByText('Mã 313')).toBeInTheDocument();
    expect(screen.getByText('hiệu lực đến 30/06/2025')).toBeInTheDocument();
  });

  it('leaves the code out when the unit has none', () => {
    renderWithProviders(<UnitRow unit={makeUnit({ code: null })} />);
    expect(screen.queryByText(/^Mã /)).not.toBeInTheDocument();
  });

  it('names the parent after the unit when asked to', () => {
    const unit = makeChildUnit(haiPhong);
    renderWithProviders(<UnitRow unit={unit} showParent />);

    const parent = screen.getByText('thuộc Thành phố Hải Phòng');
    const name = screen.getByRole('link', { name: 'Huyện Kiến Thụy' });
    expect(name.compareDocumentPosition(parent) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Plain text, not a second link that would compete with the unit's own.
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('names the parent in English when the interface is in English', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<UnitRow unit={makeChildUnit(haiPhong)} showParent />);
    expect(screen.getByText('in Thành phố Hải Phòng')).toBeInTheDocument();
  });

  it('does not name the parent unless asked to', () => {
    renderWithProviders(<UnitRow unit={makeChildUnit(haiPhong)} />);
    expect(screen.queryByText(/Hải Phòng/)).not.toBeInTheDocument();
  });

  it('says nothing about a parent for a unit at the top', () => {
    renderWithProviders(<UnitRow unit={makeUnit({ name: 'Thành phố Hà Nội', level: 'province' })} showParent />);
    expect(screen.queryByText(/^thuộc /)).not.toBeInTheDocument();
  });
});
