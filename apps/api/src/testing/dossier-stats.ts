import type { DossierStatsMapping } from '@partrack/contracts';

/** The columns of a one-stop system's statistics export, as the tests' files carry them. */
export const HEADER = [
  'STT',
  'Đơn vị',
  'Cấp',
  'Từ ngày',
  'Đến ngày',
  'Tồn kỳ trước',
  'Số hồ sơ tiếp nhận',
  'Đã giải quyết trước hạn',
  'Đã giải quyết đúng hạn',
  'Đã giải quyết quá hạn',
  'Đang giải quyết trong hạn',
  'Đang giải quyết quá hạn',
];
/** The mapping the preview proposes for HEADER. */
export const MAPPING: DossierStatsMapping = {
  unit: 1,
  tier: 2,
  period_from: 3,
  period_to: 4,
  carried_over: 5,
  received: 6,
  resolved_early: 7,
  resolved_on_time: 8,
  resolved_late: 9,
  in_progress_within_deadline: 10,
  in_progress_overdue: 11,
};
