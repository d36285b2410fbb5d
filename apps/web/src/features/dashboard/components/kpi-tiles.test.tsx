import type { DashboardSummary } from '@partrack/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { renderWithProviders } from '../../../testing/render';
import { KpiTiles } from './kpi-tiles';

const haiPhongId = '0190a2b3-0000-7000-8000-0000000000a1';

const summary: DashboardSummary = {
  asOf: '2026-12-01',
  from: '2015-01-01',
  to: '2021-12-31',
  level: 'district',
  reference: null,
  unitCount: 5,
  inspectionCount: 5,
  inspectionQuery: { unitId: haiPhongId, from: '2015-01-01', to: '2021-12-31' },
  directives: {
    assigned: 24,
    buckets: { done_on_time: 7, done_late: 6, open_within_deadline: 4, open_overdue: 7 },
    done: 13,
    completionRate: (13 / 24) * 100,
    onTimeCompletionRate: (7 / 24) * 100,
    meanDaysToClose: 111.75,
    directiveQuery: { unitId: haiPhongId, assignedFrom: '2015-01-01', assignedTo: '2021-12-31' },
  },
  unitsNotInspected: [],
};

describe('KpiTiles', () => {
  it('opens the inspections and the overdue directives behind the numbers', () => {
    renderWithProviders(<KpiTiles summary={summary} />);
    expect(screen.getByRole('link', { name: 'Cuộc kiểm tra trong kỳ: 5. Mở danh sách' })).toHaveAttribute(
      'href',
      `/inspections?unit=${haiPhongId}&from=2015-01-01&to=2021-12-31`,
    );
    expect(screen.getByRole('link', { name: 'Chỉ đạo đang quá hạn: 7. Mở danh sách' })).toHaveAttribute(
      'href',
      `/directives?bucket=open_overdue&unit=${haiPhongId}&assignedFrom=2015-01-01&assignedTo=2021-12-31`,
    );
    expect(screen.getByText('29,17 %')).toBeInTheDocument();
    expect(screen.getByText('Thời gian hoàn thành bình quân: 111,8 ngày')).toBeInTheDocument();
  });

  it('speaks English with English numbers', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<KpiTiles summary={summary} />);
    expect(screen.getByRole('link', { name: 'Directives overdue: 7. Open the list' })).toBeInTheDocument();
    expect(screen.getByText('29.17%')).toBeInTheDocument();
    expect(screen.getByText('7 / 24 directives given')).toBeInTheDocument();
    expect(screen.getByText('Mean time to close: 111.8 days')).toBeInTheDocument();
  });
});
