import type { FindingKind, Indicator, InspectionKind, PartOfDay, Qualifier, UnitLevel } from '@partrack/contracts';

/**
 * The labelled set. Reports 01–05 are the real source reports (read at run time from
 * `../shared/reports/`, never copied here; facts from DOMAIN.md's table and their text). Reports 06–11
 * were written for this set in the same journalistic style (eval/reports/), with other provinces,
 * phrasings, number formats, qualifiers, tiers, due dates and page noise. Labels say what the text
 * says, not what the extractor happens to produce.
 */
export type FigureLabel = {
  indicator: Indicator;
  value: number;
  qualifier?: Qualifier;
  tier?: UnitLevel | null;
  /** Checked as its own field; leave both out when the period is not labelled. */
  periodStart?: string | null;
  periodEnd?: string | null;
};

export type ReportLabel = {
  id: string;
  /** `shared:` a source report in ../shared/reports; otherwise a file in eval/reports. */
  source: string;
  publishedOn?: string;
  unit: { name: string; level: UnitLevel | null } | null;
  sites: string[];
  date: string | null;
  partOfDay: PartOfDay | null;
  kind: InspectionKind | null;
  leader: { name: string; title: string | null } | null;
  delegation: { number: number | null } | null;
  figures: FigureLabel[];
  directives: { count: number; dueDates: string[] };
  /** A finding matches when the kinds agree and its text holds `contains` (folded). */
  findings: { kind: FindingKind; contains: string }[];
};

const p = (periodStart: string | null, periodEnd: string | null) => ({ periodStart, periodEnd });
const h1_2018 = p('2018-01-01', '2018-06-30');
const m7_2021 = p('2021-01-01', '2021-07-31');

export const labels: ReportLabel[] = [
  {
    id: '01 Kiến Thụy',
    source: 'shared:01-kien-thuy-2018-09-19.txt',
    publishedOn: '2018-09-20',
    unit: { name: 'Kiến Thụy', level: 'district' },
    sites: [],
    date: '2018-09-19',
    partOfDay: 'afternoon',
    kind: 'visit',
    leader: { name: 'Lê Khắc Nam', title: 'Phó Chủ tịch UBND thành phố' },
    delegation: { number: 2 },
    figures: [
      { indicator: 'resolved_late', value: 0, ...h1_2018 },
      { indicator: 'processing_days_max', value: 3, qualifier: 'less_than', ...h1_2018 },
      { indicator: 'processing_days_max', value: 15, qualifier: 'less_than', ...h1_2018 },
    ],
    directives: { count: 3, dueDates: [] },
    findings: [
      { kind: 'strength', contains: 'thuc hien tot cong tac thanh tra' },
      { kind: 'strength', contains: 'co hieu qua co che mot cua' },
      { kind: 'strength', contains: 'bo tri can bo co trinh do' },
      { kind: 'strength', contains: 'khong co tinh trang qua han' },
      { kind: 'strength', contains: 'cong khai day du thu tuc hanh chinh' },
      { kind: 'strength', contains: 'rut ngan duoc thoi gian' },
      { kind: 'limitation', contains: 'cham tien do' },
      { kind: 'limitation', contains: 'dich vu cong truc tuyen' },
    ],
  },
  {
    id: '02 Vị Xuyên',
    source: 'shared:02-vi-xuyen-2021-08-25.txt',
    publishedOn: '2021-08-26',
    unit: { name: 'Vị Xuyên', level: 'district' },
    sites: ['Việt Lâm', 'Nông trường Việt Lâm'],
    date: '2021-08-25',
    partOfDay: 'morning',
    kind: 'visit',
    leader: { name: 'Hoàng Gia Long', title: 'Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh' },
    delegation: { number: null },
    figures: [
      { indicator: 'procedures_published_online', value: 407, ...p(null, '2021-07-31') },
      { indicator: 'procedures_in_one_stop_system', value: 318, ...p(null, '2021-07-31') },
      { indicator: 'received', value: 18187, ...m7_2021 },
      { indicator: 'resolved', value: 13562, ...m7_2021 },
      { indicator: 'staff_reduction', value: 263, ...p('2015-01-01', '2021-08-25') },
      { indicator: 'staff_reduction_rate', value: 10.89, ...p('2015-01-01', '2021-08-25') },
      { indicator: 'digital_signature_rate', value: 100, ...p(null, '2021-07-31') },
    ],
    directives: { count: 8, dueDates: [] },
    findings: [
      { kind: 'strength', contains: 'trien khai day du, kip thoi' },
      { kind: 'strength', contains: 'dang tai 407' },
      { kind: 'strength', contains: 'thiet lap 318' },
      { kind: 'strength', contains: 'tiep nhan 18.187' },
      { kind: 'strength', contains: 'tinh gian bien che 263' },
      { kind: 'strength', contains: 'nang cao chat luong doi ngu' },
      { kind: 'strength', contains: 'quy che chi tieu noi bo' },
      { kind: 'strength', contains: 'trang thong tin dien tu cua huyen' },
      { kind: 'strength', contains: 'chu ky so' },
      { kind: 'strength', contains: 'moi truong mang' },
      { kind: 'strength', contains: 'papi' },
      { kind: 'limitation', contains: 'co so vat chat' },
      { kind: 'limitation', contains: 'chua cap nhat' },
      { kind: 'limitation', contains: 'muc do 3, 4 thap' },
      { kind: 'limitation', contains: 'chua nghiem' },
      { kind: 'limitation', contains: 'chua khai thac hieu qua' },
    ],
  },
  {
    id: '03 Kiến An',
    source: 'shared:03-kien-an-2020-12-18.txt',
    publishedOn: '2020-12-18',
    unit: { name: 'Kiến An', level: 'district' },
    sites: [],
    date: '2020-12-18',
    partOfDay: 'morning',
    kind: 'visit',
    leader: { name: 'Nguyễn Đức Thọ', title: 'Phó Chủ tịch UBND TP' },
    delegation: { number: 3 },
    figures: [
      { indicator: 'documents_issued', value: 53, ...p('2020-01-01', '2020-12-31') },
      { indicator: 'plan_tasks_completed_rate', value: 100, ...p('2020-01-01', '2020-12-31') },
      { indicator: 'received', value: 2873, ...p('2020-01-01', '2020-12-15') },
      { indicator: 'resolved_on_time', value: 2763, ...p('2020-01-01', '2020-12-15') },
      { indicator: 'in_progress', value: 110, ...p('2020-01-01', '2020-12-15') },
      { indicator: 'in_progress_overdue', value: 0, ...p('2020-01-01', '2020-12-15') },
    ],
    // Four urban-development directives beside the five on CCHC (DOMAIN.md).
    directives: { count: 9, dueDates: [] },
    findings: [
      { kind: 'strength', contains: 'ban hanh 53 van ban' },
      { kind: 'strength', contains: 'kip thoi nhac nho' },
      { kind: 'strength', contains: 'dac biet chu trong' },
      { kind: 'strength', contains: 'ket qua kha quan' },
      { kind: 'strength', contains: 'tong so ho so' },
      { kind: 'strength', contains: 'ung dung cntt trong hoat dong quan ly' },
      { kind: 'strength', contains: '100% viec trao doi cong viec' },
      { kind: 'strength', contains: 'hop thu dien tu' },
      { kind: 'strength', contains: 'ung dung cntt trong chi dao' },
    ],
  },
  {
    id: '04 Thanh Trì',
    source: 'shared:04-thanh-tri-2020-07-09.txt',
    publishedOn: '2020-07-09',
    unit: { name: 'Thanh Trì', level: 'district' },
    sites: [],
    date: '2020-07-09',
    partOfDay: null,
    kind: 'unit_report',
    leader: null,
    delegation: null,
    figures: [
      { indicator: 'procedures_total', value: 249, tier: 'district', ...p(null, null) },
      { indicator: 'procedures_total', value: 157, tier: 'commune', ...p(null, null) },
      { indicator: 'on_time_rate_reported', value: 99.9, ...p(null, null) },
      { indicator: 'staff_trained', value: 400, qualifier: 'more_than', ...p(null, null) },
    ],
    directives: { count: 0, dueDates: [] },
    findings: [
      { kind: 'strength', contains: 'da xay dung ke hoach cchc' },
      { kind: 'strength', contains: 'quan ly thong nhat' },
      { kind: 'strength', contains: 'dung quy trinh, quy dinh' },
      { kind: 'strength', contains: 'khong co van ban trai tham quyen' },
      { kind: 'strength', contains: 'niem yet cong khai du 249' },
      { kind: 'strength', contains: 'giai quyet nhanh gon' },
      { kind: 'strength', contains: 'tra ket qua som' },
      { kind: 'strength', contains: 'khong co khieu nai' },
      { kind: 'strength', contains: 'dung han dat 99,9%' },
      { kind: 'strength', contains: 'tap huan nghiep vu' },
      { kind: 'strength', contains: 'duoc pho bien, quan triet' },
      { kind: 'strength', contains: 'nhieu ket qua quan trong' },
      { kind: 'strength', contains: 'chuan muc hon' },
    ],
  },
  {
    id: '05 Gia Lâm',
    source: 'shared:05-gia-lam-2021-06-28.txt',
    publishedOn: '2021-06-28',
    unit: { name: 'Gia Lâm', level: 'district' },
    sites: [],
    date: '2021-06-28',
    partOfDay: 'morning',
    kind: 'review_meeting',
    leader: { name: 'Lê Anh Quân', title: 'Thành ủy viên, Bí thư Huyện ủy, Chủ tịch UBND huyện' },
    delegation: null,
    figures: [
      { indicator: 'documents_issued', value: 34, ...p('2021-01-01', '2021-06-30') },
      { indicator: 'plan_tasks_assigned', value: 21, ...p('2021-01-01', '2021-06-30') },
      { indicator: 'plan_tasks_completed', value: 12, ...p('2021-01-01', '2021-06-10') },
      { indicator: 'plan_tasks_completed_rate', value: 57.14, ...p('2021-01-01', '2021-06-10') },
      { indicator: 'procedures_total', value: 410, ...p(null, '2021-05-19') },
      { indicator: 'procedures_total', value: 262, tier: 'district', ...p(null, '2021-05-19') },
      { indicator: 'procedures_total', value: 148, tier: 'commune', ...p(null, '2021-05-19') },
      { indicator: 'procedures_simplified', value: 23, tier: 'district' },
      { indicator: 'procedures_simplified', value: 20, tier: 'commune' },
      { indicator: 'received', value: 12989, tier: 'district', ...p('2020-12-16', '2021-05-31') },
      { indicator: 'resolved', value: 12616, tier: 'district', ...p('2020-12-16', '2021-05-31') },
      { indicator: 'resolved_on_time', value: 12616, tier: 'district', ...p('2020-12-16', '2021-05-31') },
      { indicator: 'on_time_rate_reported', value: 100, tier: 'district', ...p('2020-12-16', '2021-05-31') },
      { indicator: 'received', value: 61494, tier: 'commune', ...p('2020-12-16', '2021-05-31') },
      { indicator: 'resolved', value: 61000, tier: 'commune', ...p('2020-12-16', '2021-05-31') },
      { indicator: 'resolved_on_time', value: 61000, tier: 'commune', ...p('2020-12-16', '2021-05-31') },
      { indicator: 'on_time_rate_reported', value: 100, tier: 'commune', ...p('2020-12-16', '2021-05-31') },
    ],
    directives: { count: 5, dueDates: [] },
    findings: [
      { kind: 'strength', contains: 'ban hanh 34 van ban' },
      { kind: 'strength', contains: 'trien khai nghiem tuc' },
      { kind: 'strength', contains: 'tiep nhan 12.989' },
      { kind: 'strength', contains: 'nang cao su hai long' },
      { kind: 'strength', contains: 'khong nhan duoc y kien phan anh' },
    ],
  },
  {
    id: '06 Uông Bí',
    source: '06-uong-bi-2023-04-14.txt',
    publishedOn: '2023-04-15',
    unit: { name: 'Uông Bí', level: 'district' },
    sites: ['Quang Trung', 'Thanh Sơn'],
    date: '2023-04-14',
    partOfDay: 'afternoon',
    kind: 'visit',
    leader: { name: 'Nguyễn Văn Thắng', title: 'Phó Chủ tịch UBND tỉnh' },
    delegation: { number: 1 },
    figures: [
      { indicator: 'received', value: 24516, ...p('2023-01-01', '2023-03-31') },
      { indicator: 'resolved', value: 24102, ...p('2023-01-01', '2023-03-31') },
      { indicator: 'resolved_early', value: 20311, ...p('2023-01-01', '2023-03-31') },
      { indicator: 'resolved_on_time', value: 3759, ...p('2023-01-01', '2023-03-31') },
      { indicator: 'resolved_late', value: 32, ...p('2023-01-01', '2023-03-31') },
      { indicator: 'in_progress', value: 414, ...p('2023-01-01', '2023-03-31') },
      { indicator: 'online_services_level34_rate', value: 62.5, ...p('2023-01-01', '2023-03-31') },
      { indicator: 'documents_issued', value: 17, ...p('2023-01-01', '2023-03-31') },
    ],
    directives: { count: 3, dueDates: ['2023-06-30'] },
    findings: [
      { kind: 'strength', contains: 'tiep nhan 24.516' },
      { kind: 'strength', contains: 'muc do 3, 4 dat 62,5%' },
      { kind: 'strength', contains: 'ban hanh 17 van ban' },
      { kind: 'limitation', contains: 'so hoa ho so' },
      { kind: 'limitation', contains: 'chua thanh thao' },
    ],
  },
  {
    id: '07 Nghi Lộc',
    source: '07-nghi-loc-2023-01-10.txt',
    unit: { name: 'Nghi Lộc', level: 'district' },
    sites: [],
    date: '2023-01-10',
    partOfDay: null,
    kind: 'review_meeting',
    leader: { name: 'Hoàng Văn Minh', title: 'Phó Bí thư Huyện ủy, Chủ tịch UBND huyện' },
    delegation: null,
    figures: [
      { indicator: 'documents_issued', value: 28, ...p('2022-01-01', '2022-12-31') },
      { indicator: 'plan_tasks_completed', value: 45, ...p('2022-01-01', '2022-12-31') },
      { indicator: 'plan_tasks_assigned', value: 48, ...p('2022-01-01', '2022-12-31') },
      { indicator: 'plan_tasks_completed_rate', value: 93.75, ...p('2022-01-01', '2022-12-31') },
      { indicator: 'received', value: 9800, qualifier: 'approx', tier: 'district', ...p('2022-01-01', '2022-12-31') },
      {
        indicator: 'received',
        value: 35000,
        qualifier: 'more_than',
        tier: 'commune',
        ...p('2022-01-01', '2022-12-31'),
      },
      { indicator: 'on_time_rate_reported', value: 98.6, ...p('2022-01-01', '2022-12-31') },
      { indicator: 'staff_reduction', value: 41, ...p('2022-01-01', '2022-12-31') },
      { indicator: 'staff_trained', value: 650, qualifier: 'approx', ...p('2022-01-01', '2022-12-31') },
    ],
    directives: { count: 3, dueDates: ['2023-03-31'] },
    findings: [
      { kind: 'strength', contains: 'ban hanh 28 van ban' },
      { kind: 'strength', contains: 'tiep nhan gan 9.800' },
      { kind: 'strength', contains: 'dung han dat 98,6%' },
      { kind: 'strength', contains: 'tinh gian 41 bien che' },
      { kind: 'limitation', contains: 'chi so hai long' },
      { kind: 'limitation', contains: 'toan trinh chua cao' },
    ],
  },
  {
    id: '08 Quận 7',
    source: '08-quan-7-2022-09-21.txt',
    unit: { name: '7', level: 'district' },
    sites: ['Tân Phong', 'Tân Hưng'],
    date: '2022-09-21',
    partOfDay: 'morning',
    kind: 'visit',
    leader: { name: 'Dương Anh Đức', title: 'Phó Chủ tịch UBND Thành phố' },
    delegation: { number: null },
    figures: [
      { indicator: 'received', value: 52307, ...p('2022-01-01', '2022-08-31') },
      { indicator: 'resolved', value: 51892, ...p('2022-01-01', '2022-08-31') },
      { indicator: 'resolved_on_time', value: 51880, ...p('2022-01-01', '2022-08-31') },
      { indicator: 'in_progress_within_deadline', value: 415, ...p('2022-01-01', '2022-08-31') },
      { indicator: 'procedures_total', value: 289, tier: 'district', ...p(null, '2022-08-31') },
      { indicator: 'procedures_total', value: 226, tier: 'commune', ...p(null, '2022-08-31') },
    ],
    directives: { count: 2, dueDates: ['2022-10-15'] },
    findings: [
      { kind: 'strength', contains: 'tiep nhan 52.307' },
      { kind: 'strength', contains: '415 ho so trong han' },
      { kind: 'strength', contains: 'niem yet cong khai 289' },
    ],
  },
  {
    id: '09 Nghi Sơn',
    source: '09-nghi-son-2022-12-05.txt',
    unit: { name: 'Nghi Sơn', level: 'district' },
    sites: [],
    date: '2022-12-05',
    partOfDay: null,
    kind: 'unit_report',
    leader: null,
    delegation: null,
    figures: [
      { indicator: 'procedures_total', value: 405, ...p(null, '2022-11-30') },
      { indicator: 'procedures_total', value: 287, tier: 'district', ...p(null, '2022-11-30') },
      { indicator: 'procedures_total', value: 118, tier: 'commune', ...p(null, '2022-11-30') },
      { indicator: 'processing_days_max', value: 5, ...p(null, '2022-11-30') },
      { indicator: 'staff_reduction', value: 57, ...p('2016-01-01', '2022-12-05') },
      { indicator: 'staff_reduction_rate', value: 10.2, ...p('2016-01-01', '2022-12-05') },
      { indicator: 'digital_signature_rate', value: 100, ...p(null, '2022-12-05') },
    ],
    directives: { count: 0, dueDates: [] },
    findings: [
      { kind: 'strength', contains: 'niem yet cong khai 405' },
      { kind: 'strength', contains: 'rut ngan thoi gian' },
      { kind: 'strength', contains: 'tinh gian 57' },
      { kind: 'strength', contains: 'chu ky so' },
      { kind: 'limitation', contains: 'co so vat chat' },
    ],
  },
  {
    id: '10 Krông Pắc',
    source: '10-krong-pac-2022-06-07.txt',
    unit: { name: 'Krông Pắc', level: 'district' },
    sites: ['Ea Kly'],
    date: '2022-06-07',
    partOfDay: 'afternoon',
    kind: 'visit',
    leader: { name: 'Trần Thị Hà', title: 'Giám đốc Sở Nội vụ' },
    delegation: { number: null },
    figures: [
      { indicator: 'received', value: 3215, ...p('2022-01-01', '2022-12-31') },
      { indicator: 'resolved_on_time', value: 3190, ...p('2022-01-01', '2022-12-31') },
      { indicator: 'on_time_rate_reported', value: 99.2, ...p('2022-01-01', '2022-12-31') },
      { indicator: 'in_progress', value: 25, ...p('2022-01-01', '2022-12-31') },
      // As in report 03: "không có hồ sơ trễ hạn" after the count still in progress.
      { indicator: 'in_progress_overdue', value: 0, ...p('2022-01-01', '2022-12-31') },
      { indicator: 'plan_tasks_completed_rate', value: 100, ...p('2022-01-01', '2022-12-31') },
    ],
    directives: { count: 2, dueDates: ['2022-07-31'] },
    findings: [
      { kind: 'strength', contains: 'tiep nhan 3.215' },
      { kind: 'strength', contains: 'hoan thanh 100% nhiem vu' },
    ],
  },
  {
    id: '11 Ninh Kiều',
    source: '11-ninh-kieu-2022-07-05.txt',
    unit: { name: 'Ninh Kiều', level: 'district' },
    sites: [],
    date: '2022-07-05',
    partOfDay: 'morning',
    kind: 'review_meeting',
    leader: { name: 'Nguyễn Thanh Tùng', title: 'Chủ tịch UBND quận' },
    delegation: null,
    figures: [
      { indicator: 'plan_tasks_completed', value: 18, ...p('2022-01-01', '2022-06-30') },
      { indicator: 'plan_tasks_assigned', value: 20, ...p('2022-01-01', '2022-06-30') },
      { indicator: 'plan_tasks_completed_rate', value: 90, ...p('2022-01-01', '2022-06-30') },
      { indicator: 'resolved', value: 14870, ...p('2022-01-01', '2022-06-30') },
      { indicator: 'received', value: 15020, ...p('2022-01-01', '2022-06-30') },
      { indicator: 'on_time_rate_reported', value: 96.5, ...p('2022-01-01', '2022-06-30') },
      { indicator: 'procedures_simplified', value: 30, qualifier: 'approx', ...p('2022-01-01', '2022-06-30') },
    ],
    directives: { count: 2, dueDates: ['2022-08-15'] },
    findings: [
      { kind: 'strength', contains: 'hoan thanh 18/20' },
      { kind: 'strength', contains: 'giai quyet 14.870' },
      { kind: 'strength', contains: 'hai long cua nguoi dan dat tren 95%' },
      { kind: 'strength', contains: 'don gian hoa xap xi 30' },
      { kind: 'limitation', contains: 'tre han o mot so linh vuc' },
    ],
  },
];
