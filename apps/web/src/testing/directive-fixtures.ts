import type { DirectiveDetail, DirectiveEvent, DirectiveSummary, EvidenceFile } from '@partrack/contracts';
import { kienAnUnit } from './inspection-fixtures';
import { nextId } from './unit-fixtures';

type EventOf<T extends DirectiveEvent['type']> = Extract<DirectiveEvent, { type: T }>;

/** Kiến An's 2020 visit (seed 3): the IT equipment directive, due 90 days later and still open. */
export function makeDirectiveSummary(overrides: Partial<DirectiveSummary> = {}): DirectiveSummary {
  return {
    id: nextId(),
    inspection: {
      id: nextId(),
      date: '2020-12-18',
      unit: { ...kienAnUnit },
      topic: 'Kiểm tra tình hình thực hiện công tác cải cách hành chính nhà nước năm 2020',
    },
    leadUnit: { ...kienAnUnit },
    text: 'Đầu tư trang thiết bị CNTT tại bộ phận Một cửa để người dân tra cứu, nộp hồ sơ.',
    parArea: 'digital_government',
    dueDate: '2021-03-18',
    extendedDueDate: null,
    reportedDoneOn: null,
    completedOn: null,
    stage: 'open',
    bucket: 'open_overdue',
    hasPendingExtension: false,
    isReturned: false,
    ...overrides,
  };
}

export function makeDirectiveDetail(overrides: Partial<DirectiveDetail> = {}): DirectiveDetail {
  return {
    ...makeDirectiveSummary(),
    coordinatingUnits: [],
    timeline: [],
    can: { report: false, review: false, requestExtension: false, decideExtension: false },
    ...overrides,
  };
}

export function makeEvidenceFile(overrides: Partial<EvidenceFile> = {}): EvidenceFile {
  return {
    id: nextId(),
    fileName: 'bien-ban-ban-giao-thiet-bi.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 48_128,
    sha256: 'a'.repeat(64),
    ...overrides,
  };
}

const officer = { id: nextId(), displayName: 'Cán bộ Quận Kiến An' };
const inspector = { id: nextId(), displayName: 'Chuyên viên Sở Nội vụ' };
const leader = { id: nextId(), displayName: 'Lãnh đạo UBND' };

export function makeUpdateEvent(overrides: Partial<EventOf<'update'>> = {}): EventOf<'update'> {
  return {
    type: 'update',
    id: nextId(),
    at: '2021-03-01T02:00:00.000Z',
    by: officer,
    text: 'Đã lắp đặt 2 máy tra cứu tại bộ phận Một cửa.',
    percentDone: 60,
    doneOn: null,
    evidence: [],
    ...overrides,
  };
}

export function makeReviewEvent(overrides: Partial<EventOf<'review'>> = {}): EventOf<'review'> {
  return {
    type: 'review',
    id: nextId(),
    at: '2021-03-05T02:00:00.000Z',
    by: inspector,
    decision: 'return',
    comment: 'Thiếu biên bản bàn giao thiết bị.',
    ...overrides,
  };
}

export function makeExtensionEvent(overrides: Partial<EventOf<'extension'>> = {}): EventOf<'extension'> {
  return {
    type: 'extension',
    id: nextId(),
    at: '2021-03-10T02:00:00.000Z',
    by: officer,
    requestedDueDate: '2021-06-30',
    reason: 'Chờ kinh phí mua sắm năm 2021.',
    status: 'pending',
    decidedBy: null,
    decidedAt: null,
    decisionComment: null,
    ...overrides,
  };
}

export const people = { officer, inspector, leader };
