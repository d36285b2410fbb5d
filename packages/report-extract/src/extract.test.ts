import { type ExtractedFigure, type ReportExtraction, ReportExtractionSchema } from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { sourceReport } from '../testing/source-reports';
import { extractReport } from './extract';
import { parseVietnameseNumber } from './figures';

/** The five source reports stay outside the repository (../shared/reports). */
const REPORTS = {
  kienThuy: ['01-kien-thuy-2018-09-19.txt', '2018-09-20'],
  viXuyen: ['02-vi-xuyen-2021-08-25.txt', '2021-08-26'],
  kienAn: ['03-kien-an-2020-12-18.txt', '2020-12-18'],
  thanhTri: ['04-thanh-tri-2020-07-09.txt', '2020-07-09'],
  giaLam: ['05-gia-lam-2021-06-28.txt', '2021-06-28'],
} as const;
type ReportKey = keyof typeof REPORTS;
const textOf = (key: ReportKey) => sourceReport(REPORTS[key][0]);
const extract = (key: ReportKey, text = textOf(key)) =>
  ReportExtractionSchema.parse(extractReport(text, { publishedOn: REPORTS[key][1] }));

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
const figure = (extraction: ReportExtraction, indicator: string, tier: string | null = null) =>
  extraction.figures.filter((f) => f.indicator === indicator && f.tier === tier).map((f) => [f.value, f.qualifier]);
/** Indicator, value, qualifier and tier: what the eval matches on. */
const facts = (figures: ExtractedFigure[]) =>
  figures.map((f) => `${f.indicator}|${f.value}|${f.qualifier}|${f.tier}|${f.periodStart}|${f.periodEnd}`);

describe('the five source reports (DOMAIN.md)', () => {
  it('reads report 2 (Vị Xuyên): unit, morning of 25/08/2021, the leader and his title, the figures, 8 directives', () => {
    const report = extract('viXuyen');
    expect(report.unit).toMatchObject({ name: 'Vị Xuyên', level: 'district', levelWord: 'huyện' });
    expect(report.sites.map((site) => [site.name, site.level])).toEqual([
      ['Việt Lâm', 'commune'],
      ['Nông trường Việt Lâm', 'commune'],
    ]);
    expect(report.date?.value).toBe('2021-08-25');
    expect(report.partOfDay?.value).toBe('morning');
    expect(report.kind?.value).toBe('visit');
    expect(report.leader).toMatchObject({
      name: 'Hoàng Gia Long',
      title: 'Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh',
    });
    expect(figure(report, 'received')).toEqual([[18187, 'exact']]);
    expect(figure(report, 'resolved')).toEqual([[13562, 'exact']]);
    expect(figure(report, 'procedures_published_online')).toEqual([[407, 'exact']]);
    expect(figure(report, 'procedures_in_one_stop_system')).toEqual([[318, 'exact']]);
    expect(figure(report, 'staff_reduction')).toEqual([[263, 'exact']]);
    expect(figure(report, 'staff_reduction_rate')).toEqual([[10.89, 'exact']]);
    expect(figure(report, 'digital_signature_rate')).toEqual([[100, 'exact']]);
    const received = report.figures.find((f) => f.indicator === 'received');
    expect([received?.periodStart, received?.periodEnd]).toEqual(['2021-01-01', '2021-07-31']);
    const reduction = report.figures.find((f) => f.indicator === 'staff_reduction');
    expect([reduction?.periodStart, reduction?.periodEnd]).toEqual(['2015-01-01', '2021-08-25']);
    expect(report.directives).toHaveLength(8);
    expect(report.directives.map((d) => d.parArea)).toContain('public_finance');
    expect(report.findings.filter((f) => f.kind === 'limitation')).toHaveLength(5);
  });

  it('keeps the district- and commune-tier dossier figures of report 5 (Gia Lâm) apart, and reads 12/21 tasks', () => {
    const report = extract('giaLam');
    expect(report.kind?.value).toBe('review_meeting');
    expect(report.leader).toMatchObject({ name: 'Lê Anh Quân' });
    for (const [tier, counts] of [
      ['district', [12989, 12616, 12616]],
      ['commune', [61494, 61000, 61000]],
    ] as const) {
      expect(figure(report, 'received', tier)).toEqual([[counts[0], 'exact']]);
      expect(figure(report, 'resolved', tier)).toEqual([[counts[1], 'exact']]);
      expect(figure(report, 'resolved_on_time', tier)).toEqual([[counts[2], 'exact']]);
    }
    expect(figure(report, 'plan_tasks_completed')).toEqual([[12, 'exact']]);
    expect(figure(report, 'plan_tasks_assigned')).toEqual([[21, 'exact']]);
    expect(figure(report, 'plan_tasks_completed_rate')).toEqual([[57.14, 'exact']]);
    expect(figure(report, 'procedures_total')).toEqual([[410, 'exact']]);
    expect(figure(report, 'procedures_total', 'district')).toEqual([[262, 'exact']]);
    expect(figure(report, 'procedures_total', 'commune')).toEqual([[148, 'exact']]);
    const dossiers = report.figures.find((f) => f.indicator === 'received');
    expect([dossiers?.periodStart, dossiers?.periodEnd]).toEqual(['2020-12-16', '2021-05-31']);
    expect(report.directives).toHaveLength(5);
  });

  it('reads the other three reports as DOMAIN.md states them', () => {
    const kienThuy = extract('kienThuy');
    expect([kienThuy.unit?.name, kienThuy.date?.value, kienThuy.partOfDay?.value]).toEqual([
      'Kiến Thụy',
      '2018-09-19',
      'afternoon',
    ]);
    expect(kienThuy.delegation?.number).toBe(2);
    expect(kienThuy.leader?.name).toBe('Lê Khắc Nam');
    expect(figure(kienThuy, 'processing_days_max')).toEqual([
      [3, 'less_than'],
      [15, 'less_than'],
    ]);
    expect(figure(kienThuy, 'resolved_late')).toEqual([[0, 'exact']]);
    expect(kienThuy.directives).toHaveLength(3);

    const kienAn = extract('kienAn');
    expect([kienAn.unit?.name, kienAn.date?.value, kienAn.delegation?.number, kienAn.leader?.name]).toEqual([
      'Kiến An',
      '2020-12-18',
      3,
      'Nguyễn Đức Thọ',
    ]);
    expect(figure(kienAn, 'documents_issued')).toEqual([[53, 'exact']]);
    expect(figure(kienAn, 'plan_tasks_completed_rate')).toEqual([[100, 'exact']]);
    expect(figure(kienAn, 'received')).toEqual([[2873, 'exact']]);
    expect(figure(kienAn, 'resolved_on_time')).toEqual([[2763, 'exact']]);
    expect(figure(kienAn, 'in_progress')).toEqual([[110, 'exact']]);
    expect(figure(kienAn, 'in_progress_overdue')).toEqual([[0, 'exact']]);
    // Five CCHC directives beside four on urban development (PAR area "other").
    expect(kienAn.directives.filter((d) => d.parArea !== 'other')).toHaveLength(5);

    const thanhTri = extract('thanhTri');
    expect([thanhTri.unit?.name, thanhTri.kind?.value, thanhTri.date?.value, thanhTri.leader]).toEqual([
      'Thanh Trì',
      'unit_report',
      '2020-07-09',
      null,
    ]);
    expect(figure(thanhTri, 'procedures_total', 'district')).toEqual([[249, 'exact']]);
    expect(figure(thanhTri, 'procedures_total', 'commune')).toEqual([[157, 'exact']]);
    expect(figure(thanhTri, 'on_time_rate_reported')).toEqual([[99.9, 'exact']]);
    expect(figure(thanhTri, 'staff_trained')).toEqual([[400, 'more_than']]);
    expect(thanhTri.directives).toEqual([]);
  });
});

describe('spans', () => {
  it('slice back to the words every value came from', () => {
    for (const key of Object.keys(REPORTS) as ReportKey[]) {
      const text = textOf(key);
      const report = extract(key, text);
      for (const f of report.figures) {
        const words = text.slice(...f.span);
        const numbers = [...words.matchAll(/(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?/g)].map((m) =>
          parseVietnameseNumber(m[1] as string, m[2]),
        );
        if (f.value === 0) expect(fold(words), `${key} ${f.indicator}`).toMatch(/khong/);
        else if (f.note?.includes('derived')) expect(numbers, `${key} ${f.indicator}`).toContain(100);
        else expect(numbers, `${key} ${f.indicator} «${words}»`).toContain(f.value);
      }
      if (report.unit) expect(fold(text.slice(...report.unit.span))).toContain(fold(report.unit.name));
      if (report.leader) expect(text.slice(...report.leader.span)).toContain(report.leader.name);
      if (report.date) expect(text.slice(...report.date.span)).toMatch(/\d/);
      for (const d of report.directives) expect(fold(d.text)).toBe(fold(text.slice(...d.span)).replace(/[./…]+$/, ''));
      for (const finding of report.findings) expect(fold(finding.text)).toBe(fold(text.slice(...finding.span)));
    }
  });

  it('gives the same values from an NFD-decomposed copy with CRLF line ends, with spans into that copy', () => {
    for (const key of Object.keys(REPORTS) as ReportKey[]) {
      const text = textOf(key);
      const decomposed = text
        .normalize('NFD')
        .replace(/\n/g, '\r\n')
        .replace(/ (?=hồ sơ)/gu, '\u00a0');
      expect(decomposed).not.toBe(text);
      const original = extract(key, text);
      const copy = extract(key, decomposed);
      expect(facts(copy.figures)).toEqual(facts(original.figures));
      expect([copy.unit?.name, copy.date?.value, copy.leader?.name, copy.directives.length]).toEqual([
        original.unit?.name,
        original.date?.value,
        original.leader?.name,
        original.directives.length,
      ]);
      const nfc = (span: readonly [number, number], from: string) => from.slice(...span).normalize('NFC');
      const same = (a: readonly [number, number], b: readonly [number, number]) =>
        expect(fold(nfc(b, decomposed))).toBe(fold(nfc(a, text)));
      for (const [index, f] of copy.figures.entries()) same(original.figures[index]?.span ?? [0, 0], f.span);
      for (const [index, d] of copy.directives.entries()) same(original.directives[index]?.span ?? [0, 0], d.span);
      for (const [index, span] of copy.ignored.entries()) same(original.ignored[index] ?? [0, 0], span);
      if (copy.unit && original.unit) same(original.unit.span, copy.unit.span);
    }
  });
});

describe('page noise', () => {
  it('drops captions, bylines, stamps, menus and comment boxes of the source pages', () => {
    const kienThuy = textOf('kienThuy');
    const ignored = extract('kienThuy', kienThuy).ignored.map((span) => kienThuy.slice(...span));
    expect(ignored).toEqual(
      expect.arrayContaining([
        '08:56 20/09/2018',
        'Phó Chủ tịch UBND thành phố Lê Khắc Nam kiểm tra tại Bộ phận Một cửa UBND huyện Kiến Thụy',
        'Xuân Hạ',
        'Bình luận của bạn về bài viết...',
        'captcha',
        'Video clip',
      ]),
    );
    const thanhTri = textOf('thanhTri');
    const thanhTriIgnored = extract('thanhTri', thanhTri).ignored.map((span) => thanhTri.slice(...span));
    expect(thanhTriIgnored).toEqual(expect.arrayContaining(['Hoàng Nam', 'Họ tên:(*)', 'Viết bình luận']));
  });

  it('reads nothing from what it drops', () => {
    const text = [
      'Kiểm tra cải cách hành chính tại huyện Đông Hòa',
      '',
      'Sáng 3/10, Đoàn kiểm tra số 4 do Phó Chủ tịch UBND tỉnh Trần Văn Bình làm Trưởng đoàn đã kiểm tra công tác CCHC tại huyện Đông Hòa.',
      'Ảnh: Đoàn kiểm tra làm việc với 25 cán bộ bộ phận một cửa',
      'Năm 2023, huyện đã tiếp nhận 4.210 hồ sơ, giải quyết đúng hạn 4.180 hồ sơ.',
      'Minh Anh',
      'Chia sẻ',
      'Tin liên quan',
      'Huyện Tây Hòa tiếp nhận 5.000 hồ sơ, đúng hạn 98%.',
      'Bình luận (2)',
    ].join('\n');
    const report = extractReport(text, { publishedOn: '2023-10-04' });
    expect(report.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['received', 4210],
      ['resolved_on_time', 4180],
    ]);
    const ignored = report.ignored.map((span) => text.slice(...span));
    expect(ignored).toEqual(
      expect.arrayContaining([
        'Ảnh: Đoàn kiểm tra làm việc với 25 cán bộ bộ phận một cửa',
        'Minh Anh',
        'Chia sẻ',
        'Huyện Tây Hòa tiếp nhận 5.000 hồ sơ, đúng hạn 98%.',
      ]),
    );
    expect(report.sites).toEqual([]);
  });
});

describe('the language', () => {
  it('reads Vietnamese numbers', () => {
    expect(parseVietnameseNumber('18.187')).toBe(18187);
    expect(parseVietnameseNumber('10', '89')).toBe(10.89);
    expect(parseVietnameseNumber('1.234.567')).toBe(1234567);
  });

  it('completes dates with the year of publication, the year before when the day would come after it', () => {
    const cases: [string, string, string | null, string][] = [
      [
        'Chiều 19-9, đoàn kiểm tra đã làm việc với UBND huyện An Lão về công tác CCHC.',
        '2018-09-20',
        'afternoon',
        '2018-09-19',
      ],
      ['Sáng 25.8, đoàn kiểm tra CCHC của tỉnh đã kiểm tra tại huyện Bắc Mê.', '2021-08-26', 'morning', '2021-08-25'],
      ['Tối 30/12, UBND quận Lê Chân tổ chức hội nghị tổng kết công tác CCHC.', '2022-01-02', 'evening', '2021-12-30'],
      [
        'Hôm nay (18/12), đoàn kiểm tra số 5 làm việc với UBND huyện Tiên Lãng về CCHC.',
        '2021-01-05',
        null,
        '2020-12-18',
      ],
      [
        'Ngày 28/6/2021, UBND huyện Đông Anh tổ chức sơ kết công tác cải cách hành chính.',
        '2023-01-01',
        null,
        '2021-06-28',
      ],
    ];
    for (const [text, publishedOn, partOfDay, date] of cases) {
      const report = extractReport(text, { publishedOn });
      expect(report.date?.value, text).toBe(date);
      expect(report.partOfDay?.value ?? null, text).toBe(partOfDay);
    }
  });

  it('reads qualifiers, x/y, tiers and periods in other phrasings', () => {
    const text =
      'Sáng 5/7/2022, UBND quận Bình Thủy tổ chức hội nghị sơ kết công tác CCHC 6 tháng đầu năm 2022. ' +
      'Quận đã hoàn thành 18/20 nhiệm vụ; cấp quận đã tiếp nhận gần 9.800 hồ sơ, cấp phường tiếp nhận hơn 35.000 hồ sơ; ' +
      'tổ chức tập huấn cho khoảng 650 lượt cán bộ; rút ngắn thời gian cấp giấy phép xây dựng xuống dưới 10 ngày làm việc. ' +
      'Tính đến ngày 30/6/2022, quận có tổng số 312 TTHC.';
    const report = extractReport(text);
    const read = report.figures.map((f) => [f.indicator, f.value, f.qualifier, f.tier, f.periodStart, f.periodEnd]);
    const h1 = ['2022-01-01', '2022-06-30'];
    expect(read).toEqual([
      ['plan_tasks_completed', 18, 'exact', null, ...h1],
      ['plan_tasks_assigned', 20, 'exact', null, ...h1],
      ['received', 9800, 'approx', 'district', ...h1],
      ['received', 35000, 'more_than', 'commune', ...h1],
      ['staff_trained', 650, 'approx', null, ...h1],
      ['processing_days_max', 10, 'less_than', null, ...h1],
      ['procedures_total', 312, 'exact', null, null, '2022-06-30'],
    ]);
  });

  it('reads labelled figures after a colon and ward names that end in a number', () => {
    const text =
      'Sáng 9/10/2025, đoàn kiểm tra của Sở Nội vụ đã kiểm tra công tác CCHC tại phường Hà Giang 1. ' +
      '9 tháng năm 2025, tổng số hồ sơ tiếp nhận: 6.540 hồ sơ; đã giải quyết: 6.498 hồ sơ; đúng hạn: 6.470 hồ sơ (đạt 99,57%).';
    const report = extractReport(text);
    expect(report.unit).toMatchObject({ name: 'Hà Giang 1', level: 'commune' });
    expect(report.figures.map((f) => [f.indicator, f.value, f.periodStart, f.periodEnd])).toEqual([
      ['received', 6540, '2025-01-01', '2025-09-30'],
      ['resolved', 6498, '2025-01-01', '2025-09-30'],
      ['resolved_on_time', 6470, '2025-01-01', '2025-09-30'],
      ['on_time_rate_reported', 99.57, '2025-01-01', '2025-09-30'],
    ]);
  });

  it('reads a chair named before the title, and directives with their due dates and areas', () => {
    const text =
      'Sáng 12/9/2022, UBND huyện Thạch Thất tổ chức hội nghị sơ kết công tác CCHC do ông Lê Anh Quân, Chủ tịch UBND huyện chủ trì. ' +
      'Kết luận hội nghị, Chủ tịch UBND huyện yêu cầu các đơn vị: thứ nhất, rà soát, công bố đầy đủ thủ tục hành chính trước ngày 30/9; ' +
      'thứ hai, đẩy mạnh dịch vụ công trực tuyến toàn trình, hoàn thành trong quý IV/2022; thứ ba, siết chặt kỷ luật, kỷ cương hành chính.';
    const report = extractReport(text);
    expect(report.leader).toMatchObject({ name: 'Lê Anh Quân', title: 'Chủ tịch UBND huyện' });
    expect(report.directives.map((d) => [d.parArea, d.dueDate])).toEqual([
      ['procedures', '2022-09-30'],
      ['digital_government', '2022-12-31'],
      ['civil_service', null],
    ]);
  });
});

describe('limits', () => {
  // Speed is the benchmark's business; this only holds that such a paste finishes (~3 s alone; a
  // quadratic pass would not finish within the timeout).
  it('reads a 200 000-character paste without punctuation', () => {
    const text = 'tiếp nhận 1 hồ sơ '.repeat(11_000).slice(0, 200_000);
    const report = extractReport(text);
    expect(report.figures.length).toBeGreaterThan(0);
  }, 60_000);
});
