import type { ReportDraft, ResolvedUnit, TextSpan, UnitMention, UnitRef } from '@partrack/contracts';

/**
 * A made-up report (not one of the source reports) and the draft the API would answer for it, shaped
 * by the contract, for tests of the import screen's parts.
 */
export const fixtureText =
  'Kiểm tra CCHC tại quận Hải Đông\n\n' +
  'Sáng 18.12, Đoàn kiểm tra số 3 do đồng chí Trần Văn Bình, Phó Chủ tịch UBND thành phố làm trưởng đoàn ' +
  'kiểm tra công tác cải cách hành chính tại quận Hải Đông. Năm 2020, quận tiếp nhận 2.873 hồ sơ, giải quyết ' +
  'đúng hạn 2.763 hồ sơ; trên 400 lượt cán bộ được tập huấn; phường Đông Hải có 57,14% hồ sơ trực tuyến. ' +
  'Đoàn đã làm việc tại phường Đông Hải. Hạn chế: cơ sở vật chất tại bộ phận một cửa còn thiếu. ' +
  'Đề nghị quận đầu tư trang thiết bị tại bộ phận một cửa trước ngày 31/3/2021.\n\nBình luận (0)';

/** `[start, end)` of the `nth` occurrence of `words` in the fixture text. */
export function spanOf(words: string, nth = 1, text = fixtureText): TextSpan {
  let at = -1;
  for (let seen = 0; seen < nth; seen += 1) {
    at = text.indexOf(words, at + 1);
    if (at === -1) throw new Error(`"${words}" occurs fewer than ${nth} times`);
  }
  return [at, at + words.length];
}

export const haiDong: UnitRef = {
  id: '0b8e1c1e-0000-4000-8000-000000000001',
  name: 'Quận Hải Đông',
  level: 'district',
};
export const haiDongOther: UnitRef = {
  id: '0b8e1c1e-0000-4000-8000-000000000002',
  name: 'Huyện Hải Đông',
  level: 'district',
};
export const dongHai: UnitRef = {
  id: '0b8e1c1e-0000-4000-8000-000000000003',
  name: 'Phường Đông Hải',
  level: 'commune',
};

function mention(name: string, levelWord: string, level: UnitMention['level'], nth = 1): UnitMention {
  return { name, levelWord, level, span: spanOf(`${levelWord} ${name}`, nth) };
}

export function resolved(unitMention: UnitMention, unit: UnitRef | null, candidates: UnitRef[] = []): ResolvedUnit {
  return { mention: unitMention, unitId: unit?.id ?? null, candidates: unit ? [unit, ...candidates] : candidates };
}

/** The draft with everything read and every unit resolved. */
export function makeReportDraft(): ReportDraft {
  const unit = mention('Hải Đông', 'quận', 'district', 2);
  const site = mention('Đông Hải', 'phường', 'commune', 2);
  const figureUnit = mention('Đông Hải', 'phường', 'commune', 1);
  return {
    text: fixtureText,
    extraction: {
      title: { value: 'Kiểm tra CCHC tại quận Hải Đông', span: spanOf('Kiểm tra CCHC tại quận Hải Đông') },
      unit,
      sites: [site],
      date: { value: '2020-12-18', span: spanOf('18.12') },
      partOfDay: { value: 'morning', span: spanOf('Sáng') },
      kind: { value: 'visit', span: spanOf('Đoàn kiểm tra số 3') },
      period: { start: '2020-01-01', end: '2020-12-18', span: spanOf('Năm 2020') },
      delegation: { name: null, number: 3, span: spanOf('Đoàn kiểm tra số 3') },
      leader: {
        name: 'Trần Văn Bình',
        title: 'Phó Chủ tịch UBND thành phố',
        span: spanOf('Trần Văn Bình, Phó Chủ tịch UBND thành phố'),
      },
      figures: [
        {
          indicator: 'received',
          value: 2873,
          qualifier: 'exact',
          tier: null,
          periodStart: '2020-01-01',
          periodEnd: '2020-12-18',
          note: null,
          unit: null,
          span: spanOf('tiếp nhận 2.873 hồ sơ'),
          periodSpan: spanOf('Năm 2020'),
        },
        {
          indicator: 'resolved_on_time',
          value: 2763,
          qualifier: 'exact',
          tier: 'district',
          periodStart: '2020-01-01',
          periodEnd: '2020-12-18',
          note: null,
          unit: null,
          span: spanOf('đúng hạn 2.763 hồ sơ'),
          periodSpan: spanOf('Năm 2020'),
        },
        {
          indicator: 'staff_trained',
          value: 400,
          qualifier: 'more_than',
          tier: null,
          periodStart: null,
          periodEnd: null,
          note: 'lượt cán bộ',
          unit: null,
          span: spanOf('trên 400 lượt cán bộ được tập huấn'),
          periodSpan: null,
        },
        {
          indicator: 'online_services_level34_rate',
          value: 57.14,
          qualifier: 'exact',
          tier: 'commune',
          periodStart: null,
          periodEnd: '2020-12-18',
          note: null,
          unit: figureUnit,
          span: spanOf('57,14% hồ sơ trực tuyến'),
          periodSpan: null,
        },
      ],
      findings: [
        {
          kind: 'limitation',
          parArea: 'organisation',
          text: 'Cơ sở vật chất tại bộ phận một cửa còn thiếu.',
          span: spanOf('cơ sở vật chất tại bộ phận một cửa còn thiếu.'),
        },
      ],
      directives: [
        {
          text: 'Đầu tư trang thiết bị tại bộ phận một cửa.',
          parArea: 'digital_government',
          dueDate: '2021-03-31',
          span: spanOf('Đề nghị quận đầu tư trang thiết bị tại bộ phận một cửa trước ngày 31/3/2021.'),
        },
      ],
      ignored: [spanOf('Bình luận (0)')],
    },
    unit: resolved(unit, haiDong),
    sites: [resolved(site, dongHai)],
    figureUnits: [null, null, null, resolved(figureUnit, dongHai)],
  };
}
