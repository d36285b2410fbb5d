import type { InspectionList, Trend } from '@partrack/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { nextId } from '../../../testing/unit-fixtures';
import { UnitHistory } from './unit-history';

const unitId = nextId();
const unit = { id: unitId, name: 'Huyện Gia Lâm', level: 'district' as const };
const communeRef = { id: nextId(), name: 'Xã Bát Tràng', level: 'commune' as const };

function inspection(date: string, topic: string, change: Partial<InspectionList['items'][number]> = {}) {
  return {
    id: nextId(),
    unit,
    kind: 'visit' as const,
    date,
    partOfDay: null,
    topic,
    leader: null,
    delegationName: null,
    findingCount: 0,
    figureCount: 0,
    directiveCount: 0,
    overdueDirectiveCount: 0,
    deletedAt: null,
    ...change,
  };
}

const inspections: InspectionList = {
  items: [
    inspection('2020-12-18', 'Kiểm tra CCHC năm 2020', { directiveCount: 5, overdueDirectiveCount: 2 }),
    inspection('2021-06-28', 'Sơ kết 6 tháng đầu năm 2021', { unit: communeRef }),
  ],
  total: 2,
  page: 1,
  pageSize: 50,
};

const bucket = (key: string, change: Partial<Trend['buckets'][number]>) => ({
  key,
  start: `${key}-01-01`,
  end: `${key}-12-31`,
  basis: 'not_reported' as const,
  value: null,
  numerator: null,
  denominator: null,
  reportedRate: null,
  periodStart: null,
  periodEnd: null,
  flags: [],
  figureIds: [],
  inspectionIds: [],
  ...change,
});

const onTimeSeries: Trend = {
  asOf: '2026-12-01',
  unit: { ...unit, shortName: 'Gia Lâm', parentId: null, validFrom: null, validTo: '2025-06-30' },
  indicator: 'on_time_rate',
  granularity: 'year',
  tier: null,
  definition: 'resolved',
  from: '2019-01-01',
  to: '2021-12-31',
  buckets: [
    bucket('2019', { basis: 'reported', value: 99.9, reportedRate: 99.9 }),
    bucket('2020', {}),
    bucket('2021', { basis: 'computed', value: 100, numerator: 73616, denominator: 73616 }),
  ],
};

function renderHistory() {
  return renderWithProviders(
    <UnitHistory
      unitId={unitId}
      inspections={inspections}
      buckets={{ done_on_time: 1, done_late: 1, open_within_deadline: 1, open_overdue: 2 }}
      onTimeSeries={onTimeSeries}
    />,
  );
}

describe('UnitHistory', () => {
  it('puts the inspections on a timeline, oldest first, with their directives and the unit below when not this one', () => {
    renderHistory();
    const links = screen.getAllByRole('link', { name: /^(Kiểm tra|Sơ kết)/ });
    expect(links.map((link) => link.textContent)).toEqual(['Kiểm tra CCHC năm 2020', 'Sơ kết 6 tháng đầu năm 2021']);
    expect(screen.getByText('18/12/2020')).toBeInTheDocument();
    expect(screen.getByText('5 chỉ đạo')).toBeInTheDocument();
    expect(screen.getByText('2 quá hạn')).toBeInTheDocument();
    expect(screen.getByText('Xã Bát Tràng')).toBeInTheDocument();
  });

  it('writes the yearly on-time rate, never a 0 for a year without figures', () => {
    renderHistory();
    const rows = within(screen.getByRole('table', { name: 'Tỉ lệ hồ sơ đúng hạn theo năm' })).getAllByRole('row');
    expect(rows.slice(1).map((row) => row.textContent)).toEqual([
      '201999,9 % (số liệu báo cáo)',
      '2020không có số liệu',
      '2021100,00 %73.616 / 73.616',
    ]);
  });

  it('links each bucket to the directive list of the unit and that bucket', () => {
    renderHistory();
    const overdue = screen.getByRole('link', { name: 'Đang thực hiện quá hạn: 2' });
    expect(overdue).toHaveAttribute('href', `/directives?bucket=open_overdue&unit=${unitId}`);
    expect(screen.getByRole('link', { name: 'Tất cả 5 chỉ đạo' })).toHaveAttribute(
      'href',
      `/directives?bucket=all&unit=${unitId}`,
    );
  });
});
