import type { Inspection, InspectionListItem, OnTimeRate } from '@partrack/contracts';
import { nextId } from './unit-fixtures';

export const giaLam = { id: nextId(), name: 'Huyện Gia Lâm', level: 'district' } as const;
export const kienAnUnit = { id: nextId(), name: 'Quận Kiến An', level: 'district' } as const;

type InspectionFigure = Inspection['figures'][number];

export function makeFigure(overrides: Partial<InspectionFigure> = {}): InspectionFigure {
  return {
    id: nextId(),
    indicator: 'received',
    unitId: giaLam.id,
    unit: { ...giaLam },
    tier: 'district',
    periodStart: '2020-12-16',
    periodEnd: '2021-05-31',
    value: 12989,
    qualifier: 'exact',
    note: null,
    ...overrides,
  };
}

export function makeRate(overrides: Partial<OnTimeRate> = {}): OnTimeRate {
  return {
    unitId: giaLam.id,
    tier: 'district',
    periodStart: '2020-12-16',
    periodEnd: '2021-05-31',
    definition: 'resolved',
    basis: 'computed',
    numerator: 12616,
    denominator: 12616,
    rate: 100,
    reportedRate: null,
    flags: [],
    ...overrides,
  };
}

/** Gia Lâm's six-month review (seed 5), cut down: district- and commune-tier dossier counts. */
export function makeInspection(overrides: Partial<Inspection> = {}): Inspection {
  const commune = { tier: 'commune' as const };
  return {
    id: nextId(),
    unit: { ...giaLam },
    kind: 'review_meeting',
    date: '2021-06-28',
    partOfDay: 'morning',
    topic: 'Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2021',
    periodStart: '2021-01-01',
    periodEnd: '2021-06-28',
    delegation: null,
    leader: { name: 'Lê Anh Quân', title: 'Chủ tịch UBND huyện Gia Lâm (chủ trì)' },
    sites: [],
    sourceReference: 'Cổng thông tin huyện Gia Lâm, 28/06/2021',
    findings: [
      { id: nextId(), kind: 'strength', parArea: 'leadership', text: 'Ban hành 34 văn bản chỉ đạo về CCHC.' },
      { id: nextId(), kind: 'limitation', parArea: 'leadership', text: 'Mới thực hiện 12 trên 21 nhiệm vụ.' },
      { id: nextId(), kind: 'strength', parArea: 'procedures', text: 'Giải quyết đúng hạn toàn bộ hồ sơ.' },
    ],
    figures: [
      makeFigure({ indicator: 'received', value: 12989 }),
      makeFigure({ indicator: 'resolved', value: 12616 }),
      makeFigure({ indicator: 'resolved_on_time', value: 12616 }),
      makeFigure({ indicator: 'received', value: 61494, ...commune }),
      makeFigure({ indicator: 'resolved', value: 61000, ...commune }),
      makeFigure({ indicator: 'resolved_on_time', value: 61000, ...commune }),
    ],
    directives: [
      {
        id: nextId(),
        leadUnitId: giaLam.id,
        leadUnit: { ...giaLam },
        coordinatingUnitIds: [],
        coordinatingUnits: [],
        text: 'Đẩy mạnh công tác kiểm tra công vụ.',
        parArea: 'civil_service',
        dueDate: '2021-09-26',
        completedOn: '2021-09-20',
        bucket: 'done_on_time',
      },
    ],
    onTimeRates: [
      makeRate(),
      makeRate({ definition: 'decision_766', basis: 'not_reported', numerator: null, denominator: null, rate: null }),
      makeRate({ ...commune, numerator: 61000, denominator: 61000 }),
      makeRate({
        ...commune,
        definition: 'decision_766',
        basis: 'not_reported',
        numerator: null,
        denominator: null,
        rate: null,
      }),
    ],
    flags: [],
    loggedBy: { id: nextId(), displayName: 'Chuyên viên Sở Nội vụ' },
    version: 1,
    createdAt: '2025-07-01T02:00:00.000Z',
    updatedAt: '2025-07-01T02:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

export function makeInspectionListItem(overrides: Partial<InspectionListItem> = {}): InspectionListItem {
  return {
    id: nextId(),
    unit: { ...giaLam },
    kind: 'review_meeting',
    date: '2021-06-28',
    partOfDay: 'morning',
    topic: 'Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2021',
    leader: { name: 'Lê Anh Quân', title: 'Chủ tịch UBND huyện Gia Lâm' },
    delegationName: null,
    findingCount: 4,
    figureCount: 15,
    directiveCount: 5,
    overdueDirectiveCount: 2,
    deletedAt: null,
    ...overrides,
  };
}
