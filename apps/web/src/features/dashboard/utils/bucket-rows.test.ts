import type { TaskCompletionRow } from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { bucketTableExport, toBucketRows, withDirectives } from './bucket-rows';

const kienAnId = '0190a2b3-0000-7000-8000-00000000000a';
const thanhTriId = '0190a2b3-0000-7000-8000-00000000000b';

function completionRow(
  id: string,
  name: string,
  buckets: [number, number, number, number],
  planTasks: Partial<TaskCompletionRow['planTasks']>,
): TaskCompletionRow {
  const [done_on_time, done_late, open_within_deadline, open_overdue] = buckets;
  const assigned = done_on_time + done_late + open_within_deadline + open_overdue;
  return {
    unit: {
      id,
      name,
      shortName: name.replace(/^(Quận|Huyện) /, ''),
      level: 'district',
      parentId: null,
      validFrom: null,
      validTo: null,
    },
    directives: {
      assigned,
      buckets: { done_on_time, done_late, open_within_deadline, open_overdue },
      done: done_on_time + done_late,
      completionRate: assigned ? ((done_on_time + done_late) / assigned) * 100 : null,
      onTimeCompletionRate: assigned ? (done_on_time / assigned) * 100 : null,
      meanDaysToClose: null,
      directiveQuery: { unitId: id, assignedFrom: '2015-01-01', assignedTo: '2021-12-31' },
    },
    inspectionIds: [],
    planTasks: {
      basis: 'not_reported',
      numerator: null,
      denominator: null,
      rate: null,
      reportedRate: null,
      periodStart: null,
      periodEnd: null,
      flags: [],
      periods: [],
      figureIds: [],
      inspectionIds: [],
      assigned: null,
      completed: null,
      ...planTasks,
    },
  };
}

const rows = [
  completionRow(kienAnId, 'Quận Kiến An', [2, 2, 2, 2], { basis: 'reported', rate: 100, reportedRate: 100 }),
  completionRow(thanhTriId, 'Huyện Thanh Trì', [0, 0, 0, 0], {}),
];

describe('toBucketRows', () => {
  const t = i18n.getFixedT('vi');

  it('links each segment to the directives of its unit and bucket, named with its count', () => {
    const [kienAn] = toBucketRows(t, 'vi', rows);
    const period = 'assignedFrom=2015-01-01&assignedTo=2021-12-31';
    expect(kienAn?.hrefs.open_overdue).toBe(`/directives?bucket=open_overdue&unit=${kienAnId}&${period}`);
    expect(kienAn?.linkLabels.open_overdue).toBe('Kiến An – Đang thực hiện quá hạn: 2. Mở danh sách chỉ đạo');
    expect(kienAn?.allHref).toBe(`/directives?bucket=all&unit=${kienAnId}&${period}`);
    expect([kienAn?.onTimeCompletionRate, kienAn?.planTasks]).toEqual(['25 %', '100 % (số liệu báo cáo)']);
  });

  it('draws only the units given directives, and the table says "không có số liệu" for unreported plan tasks', () => {
    const table = toBucketRows(t, 'vi', rows);
    expect(withDirectives(table).map((row) => row.name)).toEqual(['Kiến An']);
    expect(table[1]?.planTasks).toBe('không có số liệu');
    expect(table[1]?.onTimeCompletionRate).toBeNull();
    expect(bucketTableExport(t, table).rows[1]).toEqual(['Huyện Thanh Trì', 0, 0, 0, 0, 0, null, null, null]);
  });
});
