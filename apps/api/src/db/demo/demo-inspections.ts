import type {
  DirectiveInput,
  FigureInputInput,
  FindingInput,
  InspectionKind,
  Leader,
  ParArea,
  PartOfDay,
} from '@partrack/contracts';

/**
 * The five source reports (../shared/reports) as inspections: facts and figures from the reports,
 * findings and directives summarised in our words. The reports give no due dates; these directives
 * are due 90 days after the event (some have none), and completions are set so that every status
 * bucket has members. Units are demo-unit keys (demo-units.ts).
 */
type DemoDirective = Omit<DirectiveInput, 'leadUnitId' | 'coordinatingUnitIds' | 'id' | 'parArea'> & {
  parArea: ParArea;
  lead?: string;
  completedOn?: string;
};

export type DemoInspection = {
  unit: string;
  kind: InspectionKind;
  date: string;
  partOfDay: PartOfDay | null;
  topic: string;
  periodStart: string | null;
  periodEnd: string | null;
  delegation: { name: string | null; establishingDocument: string | null; members: string[] } | null;
  leader: Leader | null;
  sites: { unit: string; place: string | null }[];
  sourceReference: string;
  findings: FindingInput[];
  figures: (Omit<FigureInputInput, 'unitId'> & { unit?: string })[];
  directives: DemoDirective[];
};

const strength = (parArea: ParArea, text: string): FindingInput => ({ kind: 'strength', parArea, text });
const limitation = (parArea: ParArea, text: string): FindingInput => ({ kind: 'limitation', parArea, text });

export const demoInspections: DemoInspection[] = [
  {
    unit: 'kien-thuy',
    kind: 'visit',
    date: '2018-09-19',
    partOfDay: 'afternoon',
    topic: 'Kiểm tra công tác cải cách hành chính nhà nước, công vụ, công chức năm 2018',
    periodStart: '2018-01-01',
    periodEnd: '2018-09-19',
    delegation: { name: 'Đoàn kiểm tra số 2', establishingDocument: null, members: [] },
    leader: { name: 'Lê Khắc Nam', title: 'Phó Chủ tịch UBND thành phố Hải Phòng' },
    sites: [{ unit: 'kien-thuy', place: 'Bộ phận Một cửa UBND huyện' }],
    sourceReference: 'Báo Hải Phòng, 20/09/2018: "Huyện Kiến Thụy: Tăng cường thực hiện kỷ luật, kỷ cương hành chính"',
    findings: [
      strength(
        'organisation',
        'Xây dựng đề án sắp xếp, sáp nhập thôn, tổ dân phố và hợp nhất một số cơ quan cấp huyện.',
      ),
      strength(
        'civil_service',
        'Làm tốt thanh tra, kiểm tra công vụ, kỷ luật, kỷ cương; công khai kết quả và chỉ đạo khắc phục ngay.',
      ),
      strength(
        'procedures',
        'Cơ chế một cửa hiệu quả: không có hồ sơ quá hạn, công khai đủ TTHC, rút ngắn thời gian cấp phép.',
      ),
      limitation('leadership', 'Một số nhiệm vụ thành phố giao còn chậm tiến độ, hoàn thành quá hạn.'),
      limitation('digital_government', 'Một cửa điện tử và dịch vụ công trực tuyến của huyện còn rất hạn chế.'),
    ],
    figures: [
      { indicator: 'resolved_late', periodStart: '2018-01-01', periodEnd: '2018-09-19', value: 0, tier: 'district' },
      {
        indicator: 'processing_days_max',
        periodStart: '2018-01-01',
        periodEnd: '2018-06-30',
        value: 3,
        qualifier: 'less_than',
        note: 'Giấy chứng nhận đăng ký kinh doanh hộ cá thể (ngày làm việc)',
      },
      {
        indicator: 'processing_days_max',
        periodStart: '2018-01-01',
        periodEnd: '2018-06-30',
        value: 15,
        qualifier: 'less_than',
        note: 'Giấy phép xây dựng (ngày làm việc), đạt với 80% hồ sơ',
      },
    ],
    directives: [
      {
        parArea: 'leadership',
        text: 'Tăng cường thông tin, tuyên truyền về CCHC, nhất là sắp xếp bộ máy, tinh giản biên chế và dịch vụ công trực tuyến mức độ 3, 4.',
        dueDate: '2018-12-18',
        completedOn: '2018-12-10',
      },
      {
        parArea: 'procedures',
        text: 'Triển khai tiếp nhận hồ sơ và trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích.',
        dueDate: '2018-12-18',
        completedOn: '2019-02-15',
      },
      {
        parArea: 'civil_service',
        text: 'Tiếp tục kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại huyện và các đơn vị trực thuộc.',
        dueDate: '2018-12-18',
      },
    ],
  },
  {
    unit: 'vi-xuyen',
    kind: 'visit',
    date: '2021-08-25',
    partOfDay: 'morning',
    topic: 'Kiểm tra công tác cải cách hành chính 7 tháng đầu năm 2021',
    periodStart: '2021-01-01',
    periodEnd: '2021-07-31',
    delegation: {
      name: 'Đoàn kiểm tra cải cách hành chính tỉnh Hà Giang',
      establishingDocument: null,
      members: ['Lãnh đạo Sở Nội vụ tỉnh Hà Giang', 'Lãnh đạo huyện Vị Xuyên'],
    },
    leader: {
      name: 'Hoàng Gia Long',
      title: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Hà Giang',
    },
    sites: [
      { unit: 'viet-lam', place: null },
      { unit: 'nong-truong-viet-lam', place: null },
      { unit: 'vi-xuyen', place: 'Bộ phận tiếp nhận và trả kết quả huyện' },
    ],
    sourceReference:
      'Báo Hà Giang, 26/08/2021: "Phó Chủ tịch Thường trực UBND tỉnh Hoàng Gia Long kiểm tra cải cách hành chính tại Vị Xuyên"',
    findings: [
      strength('institutions', 'Triển khai đầy đủ, kịp thời văn bản của Trung ương và tỉnh đến cán bộ và người dân.'),
      strength('organisation', 'Tinh giản biên chế từ năm 2015 đạt trên 10%.'),
      strength('public_finance', 'Rà soát, điều chỉnh quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công.'),
      strength(
        'digital_government',
        'Toàn bộ cơ quan có chữ ký số, văn bản trao đổi trên môi trường mạng, trả kết quả qua bưu chính công ích.',
      ),
      strength('impact', 'Ban hành kế hoạch cải thiện chỉ số PAPI.'),
      limitation(
        'procedures',
        'Cơ sở vật chất bộ phận một cửa ở một số xã chưa được đầu tư; TTHC cấp huyện, xã chưa cập nhật kịp thời lên cổng dịch vụ công.',
      ),
      limitation(
        'digital_government',
        'Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 thấp; trang thông tin điện tử cấp xã khai thác chưa hiệu quả.',
      ),
      limitation('civil_service', 'Kỷ luật, kỷ cương hành chính của cán bộ, công chức cấp xã chưa nghiêm.'),
    ],
    figures: [
      {
        indicator: 'procedures_published_online',
        periodStart: null,
        periodEnd: '2021-07-31',
        value: 407,
        note: 'Cổng dịch vụ công tỉnh',
      },
      {
        indicator: 'procedures_in_one_stop_system',
        periodStart: null,
        periodEnd: '2021-07-31',
        value: 318,
        tier: 'district',
      },
      { indicator: 'received', periodStart: '2021-01-01', periodEnd: '2021-07-31', value: 18187, tier: 'district' },
      { indicator: 'resolved', periodStart: '2021-01-01', periodEnd: '2021-07-31', value: 13562, tier: 'district' },
      { indicator: 'staff_reduction', periodStart: '2015-01-01', periodEnd: '2021-08-25', value: 263 },
      { indicator: 'staff_reduction_rate', periodStart: '2015-01-01', periodEnd: '2021-08-25', value: 10.89 },
      {
        indicator: 'digital_signature_rate',
        periodStart: null,
        periodEnd: '2021-08-25',
        value: 100,
        note: 'Cơ quan, đơn vị được cấp chữ ký số',
      },
    ],
    directives: [
      {
        parArea: 'procedures',
        text: 'Rà soát các TTHC và đánh giá cụ thể tình hình triển khai CCHC trên địa bàn.',
        dueDate: '2021-11-23',
        completedOn: '2021-11-15',
      },
      {
        parArea: 'procedures',
        text: 'Công bố đầy đủ, kịp thời các TTHC thuộc thẩm quyền.',
        dueDate: '2021-11-23',
        completedOn: '2021-11-20',
      },
      {
        parArea: 'digital_government',
        text: 'Cập nhật việc tiếp nhận và giải quyết TTHC trên trang dịch vụ công của tỉnh.',
        dueDate: '2021-11-23',
        completedOn: '2021-11-23',
      },
      {
        parArea: 'digital_government',
        text: 'Tuyên truyền để người dân nộp hồ sơ TTHC trực tuyến.',
        dueDate: '2021-11-23',
        completedOn: '2022-01-10',
      },
      {
        parArea: 'digital_government',
        text: 'Tăng cường sử dụng dịch vụ công trực tuyến mức độ 3, 4.',
        dueDate: '2021-11-23',
        completedOn: '2022-02-28',
      },
      {
        parArea: 'public_finance',
        text: 'Tháo gỡ vướng mắc, đẩy nhanh giải ngân vốn đầu tư công.',
        dueDate: '2021-11-23',
      },
      {
        parArea: 'civil_service',
        text: 'Nâng cao trình độ, năng lực đội ngũ cán bộ, công chức cấp xã.',
        dueDate: '2021-11-23',
      },
      { parArea: 'civil_service', text: 'Siết chặt kỷ cương hành chính.', dueDate: null },
    ],
  },
  {
    unit: 'kien-an',
    kind: 'visit',
    date: '2020-12-18',
    partOfDay: 'morning',
    topic: 'Kiểm tra tình hình thực hiện công tác cải cách hành chính nhà nước năm 2020',
    periodStart: '2020-01-01',
    periodEnd: '2020-12-15',
    delegation: { name: 'Đoàn kiểm tra số 3', establishingDocument: null, members: [] },
    leader: { name: 'Nguyễn Đức Thọ', title: 'Phó Chủ tịch UBND thành phố Hải Phòng' },
    sites: [],
    sourceReference: 'Báo Hải Phòng, 18/12/2020: đoàn kiểm tra số 3 làm việc với UBND quận Kiến An về CCHC năm 2020',
    findings: [
      strength(
        'leadership',
        'Ban hành 53 văn bản và hoàn thành toàn bộ nhiệm vụ của kế hoạch CCHC năm 2020; chú trọng tuyên truyền.',
      ),
      strength('civil_service', 'Lập 3 đoàn kiểm tra kỷ luật, kỷ cương công vụ do lãnh đạo UBND quận làm trưởng đoàn.'),
      strength('procedures', 'Không có hồ sơ quá hạn tính đến ngày 15/12.'),
      strength(
        'digital_government',
        'Ứng dụng CNTT ở mọi đơn vị; văn bản điện tử, chữ ký số và thư điện tử công vụ dùng hiệu quả, kể cả khi giãn cách.',
      ),
    ],
    figures: [
      { indicator: 'documents_issued', periodStart: '2020-01-01', periodEnd: '2020-12-15', value: 53 },
      { indicator: 'plan_tasks_completed_rate', periodStart: '2020-01-01', periodEnd: '2020-12-15', value: 100 },
      { indicator: 'received', periodStart: '2020-01-01', periodEnd: '2020-12-15', value: 2873, tier: 'district' },
      {
        indicator: 'resolved_on_time',
        periodStart: '2020-01-01',
        periodEnd: '2020-12-15',
        value: 2763,
        tier: 'district',
      },
      { indicator: 'resolved_late', periodStart: '2020-01-01', periodEnd: '2020-12-15', value: 0, tier: 'district' },
      { indicator: 'in_progress', periodStart: '2020-01-01', periodEnd: '2020-12-15', value: 110, tier: 'district' },
      {
        indicator: 'in_progress_overdue',
        periodStart: '2020-01-01',
        periodEnd: '2020-12-15',
        value: 0,
        tier: 'district',
      },
    ],
    directives: [
      {
        parArea: 'leadership',
        text: 'Xây dựng và triển khai kế hoạch CCHC năm 2021.',
        dueDate: '2021-03-18',
        completedOn: '2021-01-20',
      },
      {
        parArea: 'organisation',
        text: 'Sắp xếp bộ máy hành chính theo kiến nghị của các thành viên đoàn kiểm tra.',
        dueDate: '2021-03-18',
        completedOn: '2021-05-05',
      },
      {
        parArea: 'civil_service',
        text: 'Tiếp tục tuyên truyền, tập huấn cán bộ làm công tác CCHC.',
        dueDate: '2021-03-18',
        completedOn: '2021-03-10',
      },
      {
        parArea: 'procedures',
        text: 'Hướng dẫn người dân làm TTHC nhanh, thuận tiện, tránh phải đi lại nhiều lần.',
        dueDate: null,
      },
      {
        parArea: 'digital_government',
        text: 'Đầu tư trang thiết bị CNTT tại bộ phận Một cửa để người dân tra cứu, nộp hồ sơ.',
        dueDate: '2021-03-18',
      },
      {
        parArea: 'other',
        text: 'Chỉnh trang đô thị; hoàn thành giai đoạn 1 và giải phóng mặt bằng giai đoạn 2 dự án nút giao Ngã 5 Kiến An.',
        dueDate: '2021-03-18',
      },
      { parArea: 'other', text: 'Rà soát quỹ đất tại các phường, thí điểm mỗi phường một vườn hoa.', dueDate: null },
      {
        parArea: 'other',
        text: 'Giải quyết dứt điểm các vụ khiếu kiện kéo dài liên quan đến đất đai.',
        dueDate: '2021-03-18',
        completedOn: '2021-06-30',
      },
    ],
  },
  {
    unit: 'thanh-tri',
    kind: 'unit_report',
    date: '2020-07-09',
    partOfDay: null,
    topic: 'Kết quả cải cách hành chính nhiệm kỳ 2015–2020',
    periodStart: '2015-01-01',
    periodEnd: '2020-07-09',
    delegation: null,
    leader: null,
    sites: [],
    sourceReference:
      'Cổng thông tin Hà Nội, 09/07/2020: "Huyện Thanh Trì: Tạo chuyển biến rõ nét trong kỷ luật, kỷ cương hành chính"',
    findings: [
      strength(
        'leadership',
        'Kế hoạch CCHC giai đoạn 2016–2020 và hằng năm; phương châm "5 rõ" trong chỉ đạo, điều hành.',
      ),
      strength(
        'institutions',
        'Văn bản quy phạm pháp luật xây dựng đúng quy trình; rà soát hằng năm không phát hiện văn bản trái thẩm quyền.',
      ),
      strength(
        'procedures',
        'Niêm yết công khai đủ TTHC cấp huyện và cấp xã; nhiều TTHC trả kết quả sớm; không có khiếu nại, tố cáo.',
      ),
      strength(
        'civil_service',
        'Văn hóa công vụ đưa vào tiêu chí thi đua; kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương.',
      ),
    ],
    figures: [
      {
        indicator: 'procedures_total',
        periodStart: null,
        periodEnd: '2020-07-09',
        value: 249,
        tier: 'district',
        note: 'TTHC niêm yết công khai',
      },
      {
        indicator: 'procedures_total',
        periodStart: null,
        periodEnd: '2020-07-09',
        value: 157,
        tier: 'commune',
        note: 'TTHC niêm yết công khai',
      },
      { indicator: 'on_time_rate_reported', periodStart: '2015-01-01', periodEnd: '2020-07-09', value: 99.9 },
      {
        indicator: 'staff_trained',
        periodStart: '2015-01-01',
        periodEnd: '2020-07-09',
        value: 400,
        qualifier: 'more_than',
        note: 'Lượt cán bộ được tập huấn nghiệp vụ CCHC',
      },
    ],
    directives: [],
  },
  {
    unit: 'gia-lam',
    kind: 'review_meeting',
    date: '2021-06-28',
    partOfDay: 'morning',
    topic: 'Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2021',
    periodStart: '2021-01-01',
    periodEnd: '2021-06-28',
    delegation: null,
    leader: { name: 'Lê Anh Quân', title: 'Thành ủy viên, Bí thư Huyện ủy, Chủ tịch UBND huyện Gia Lâm (chủ trì)' },
    sites: [],
    sourceReference: 'Cổng thông tin huyện Gia Lâm, 28/06/2021: sơ kết CCHC 6 tháng đầu năm 2021',
    findings: [
      strength('leadership', 'Ban hành 34 văn bản chỉ đạo về CCHC trong 6 tháng đầu năm.'),
      strength('procedures', 'Giải quyết đúng hạn toàn bộ hồ sơ ở cả cấp huyện và cấp xã; đơn giản hóa 43 TTHC.'),
      strength(
        'impact',
        'Mọi cơ quan, xã, thị trấn có kế hoạch nâng cao sự hài lòng; không có phản ánh không hài lòng.',
      ),
      limitation('leadership', 'Mới thực hiện 12 trên 21 nhiệm vụ CCHC đề ra tính đến 10/6.'),
    ],
    figures: [
      { indicator: 'documents_issued', periodStart: '2021-01-01', periodEnd: '2021-06-28', value: 34 },
      { indicator: 'plan_tasks_assigned', periodStart: '2021-01-01', periodEnd: '2021-06-10', value: 21 },
      { indicator: 'plan_tasks_completed', periodStart: '2021-01-01', periodEnd: '2021-06-10', value: 12 },
      { indicator: 'plan_tasks_completed_rate', periodStart: '2021-01-01', periodEnd: '2021-06-10', value: 57.14 },
      { indicator: 'procedures_total', periodStart: null, periodEnd: '2021-05-19', value: 410 },
      { indicator: 'procedures_total', periodStart: null, periodEnd: '2021-05-19', value: 262, tier: 'district' },
      { indicator: 'procedures_total', periodStart: null, periodEnd: '2021-05-19', value: 148, tier: 'commune' },
      { indicator: 'procedures_simplified', periodStart: null, periodEnd: '2021-05-19', value: 23, tier: 'district' },
      { indicator: 'procedures_simplified', periodStart: null, periodEnd: '2021-05-19', value: 20, tier: 'commune' },
      { indicator: 'received', periodStart: '2020-12-16', periodEnd: '2021-05-31', value: 12989, tier: 'district' },
      { indicator: 'resolved', periodStart: '2020-12-16', periodEnd: '2021-05-31', value: 12616, tier: 'district' },
      {
        indicator: 'resolved_on_time',
        periodStart: '2020-12-16',
        periodEnd: '2021-05-31',
        value: 12616,
        tier: 'district',
      },
      { indicator: 'received', periodStart: '2020-12-16', periodEnd: '2021-05-31', value: 61494, tier: 'commune' },
      { indicator: 'resolved', periodStart: '2020-12-16', periodEnd: '2021-05-31', value: 61000, tier: 'commune' },
      {
        indicator: 'resolved_on_time',
        periodStart: '2020-12-16',
        periodEnd: '2021-05-31',
        value: 61000,
        tier: 'commune',
      },
    ],
    directives: [
      {
        parArea: 'civil_service',
        text: 'Siết chặt kỷ luật, kỷ cương trong cơ quan hành chính các cấp từ huyện tới xã.',
        dueDate: null,
      },
      {
        parArea: 'civil_service',
        text: 'Đẩy mạnh công tác kiểm tra công vụ.',
        dueDate: '2021-09-26',
        completedOn: '2021-09-20',
      },
      {
        parArea: 'institutions',
        text: 'Văn phòng UBND và phòng Nội vụ rà soát các văn bản, quy định, quy chế liên quan đến CCHC.',
        dueDate: '2021-09-26',
        completedOn: '2021-10-15',
      },
      {
        parArea: 'procedures',
        text: 'Rà soát TTHC, loại bỏ quy trình không phù hợp, gắn với hiện đại hóa nền hành chính.',
        dueDate: '2021-09-26',
      },
      {
        parArea: 'digital_government',
        text: 'Đẩy mạnh ứng dụng CNTT, phát triển ứng dụng cho doanh nghiệp và người dân.',
        dueDate: '2021-09-26',
      },
    ],
  },
];
