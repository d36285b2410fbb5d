import { CreateInspectionBodySchema, type ReportDraft } from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { draftToFormValues } from './draft-to-form-values';
import { emptyInspectionFormValues, toInspectionDraft } from './inspection-form-values';
import { dongHai, haiDong, haiDongOther, makeReportDraft, resolved } from './report-draft.fixture';

function withoutKeys<T extends { key: string }>(rows: T[]): Omit<T, 'key'>[] {
  return rows.map(({ key: _key, ...row }) => row);
}

describe('draftToFormValues', () => {
  it('fills the event, the delegation and the leader from what the text said', () => {
    const { values, unresolved } = draftToFormValues(makeReportDraft(), 'vi');

    expect(values).toMatchObject({
      unit: { id: haiDong.id, name: 'Quận Hải Đông', level: 'district' },
      kind: 'visit',
      date: '2020-12-18',
      partOfDay: 'morning',
      topic: 'Kiểm tra CCHC tại quận Hải Đông',
      periodStart: '2020-01-01',
      periodEnd: '2020-12-18',
      // The text gives the delegation's number only: its name is said as reports say it.
      delegationName: 'Đoàn kiểm tra số 3',
      establishingDocument: '',
      members: '',
      leaderName: 'Trần Văn Bình',
      leaderTitle: 'Phó Chủ tịch UBND thành phố',
      sourceReference: '',
    });
    expect(unresolved).toEqual([]);
  });

  it('writes figures as the reader types numbers, and takes a figure with no period as of the event’s date', () => {
    const { values } = draftToFormValues(makeReportDraft(), 'vi');

    expect(withoutKeys(values.figures)).toEqual([
      {
        indicator: 'received',
        unit: null,
        tier: null,
        isAsOf: false,
        periodStart: '2020-01-01',
        periodEnd: '2020-12-18',
        value: '2.873',
        qualifier: 'exact',
        note: '',
      },
      {
        indicator: 'resolved_on_time',
        unit: null,
        tier: 'district',
        isAsOf: false,
        periodStart: '2020-01-01',
        periodEnd: '2020-12-18',
        value: '2.763',
        qualifier: 'exact',
        note: '',
      },
      {
        indicator: 'staff_trained',
        unit: null,
        tier: null,
        isAsOf: true,
        periodStart: null,
        periodEnd: '2020-12-18',
        value: '400',
        qualifier: 'more_than',
        note: 'lượt cán bộ',
      },
      {
        indicator: 'online_services_level34_rate',
        unit: { id: dongHai.id, name: 'Phường Đông Hải', level: 'commune' },
        tier: 'commune',
        isAsOf: true,
        periodStart: null,
        periodEnd: '2020-12-18',
        value: '57,14',
        qualifier: 'exact',
        note: '',
      },
    ]);
  });

  it('writes numbers in English notation when the interface is in English', () => {
    const { values } = draftToFormValues(makeReportDraft(), 'en');
    expect(values.figures.map((figure) => figure.value)).toEqual(['2,873', '2,763', '400', '57.14']);
  });

  it('leaves a figure with no period and no event date without a day, for the user to give', () => {
    const draft = makeReportDraft();
    draft.extraction.date = null;
    const { values } = draftToFormValues(draft, 'vi');
    expect(values.date).toBeNull();
    expect(values.figures[2]).toMatchObject({ isAsOf: true, periodStart: null, periodEnd: null });
  });

  it('fills sites, findings and directives row for row, addressing directives to the unit visited', () => {
    const { values } = draftToFormValues(makeReportDraft(), 'vi');

    expect(withoutKeys(values.sites)).toEqual([
      { unit: { id: dongHai.id, name: 'Phường Đông Hải', level: 'commune' }, place: '' },
    ]);
    expect(withoutKeys(values.findings)).toEqual([
      { kind: 'limitation', parArea: 'organisation', text: 'Cơ sở vật chất tại bộ phận một cửa còn thiếu.' },
    ]);
    expect(withoutKeys(values.directives)).toEqual([
      {
        id: null,
        leadUnit: { id: haiDong.id, name: 'Quận Hải Đông', level: 'district' },
        coordinatingUnits: [],
        text: 'Đầu tư trang thiết bị tại bộ phận một cửa.',
        parArea: 'digital_government',
        dueDate: '2021-03-31',
      },
    ]);
    const keys = [values.sites, values.findings, values.figures, values.directives].flat().map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives values the create contract accepts as they are', () => {
    const { values } = draftToFormValues(makeReportDraft(), 'vi');
    const parsed = CreateInspectionBodySchema.safeParse(toInspectionDraft(values, 'vi'));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.figures.map((figure) => figure.value)).toEqual([2873, 2763, 400, 57.14]);
  });

  it('leaves an ambiguous unit empty for the user to pick, and offers its candidates', () => {
    const draft = makeReportDraft();
    if (!draft.unit) throw new Error('the fixture names a unit');
    draft.unit = resolved(draft.unit.mention, null, [haiDong, haiDongOther]);

    const { values, unresolved, suggestedUnits } = draftToFormValues(draft, 'vi');

    expect(values.unit).toBeNull();
    expect(values.directives[0]?.leadUnit).toBeNull();
    expect(unresolved).toEqual([
      {
        field: 'unit',
        index: null,
        mention: draft.unit.mention,
        candidates: [
          { id: haiDong.id, name: 'Quận Hải Đông', level: 'district' },
          { id: haiDongOther.id, name: 'Huyện Hải Đông', level: 'district' },
        ],
      },
    ]);
    expect(suggestedUnits.map((unit) => unit.id)).toEqual([haiDong.id, haiDongOther.id, dongHai.id]);
    // Not saved as it is: the form asks for the unit.
    expect(CreateInspectionBodySchema.safeParse(toInspectionDraft(values, 'vi')).success).toBe(false);
  });

  it('says which site and which figure wait for a unit no single unit fits', () => {
    const draft = makeReportDraft();
    const siteMention = draft.sites[0]?.mention;
    const figureMention = draft.figureUnits[3]?.mention;
    if (!siteMention || !figureMention) throw new Error('the fixture has a site and a figure unit');
    draft.sites = [resolved(siteMention, null)];
    draft.figureUnits = [null, null, null, resolved(figureMention, null, [dongHai])];

    const { values, unresolved } = draftToFormValues(draft, 'vi');

    expect(values.sites[0]?.unit).toBeNull();
    expect(values.figures[3]?.unit).toBeNull();
    expect(unresolved.map(({ field, index, candidates }) => ({ field, index, count: candidates.length }))).toEqual([
      { field: 'site', index: 0, count: 0 },
      { field: 'figure', index: 3, count: 1 },
    ]);
  });

  it('keeps the delegation’s own name when the text gives one', () => {
    const draft = makeReportDraft();
    draft.extraction.delegation = { name: 'Đoàn kiểm tra CCHC của tỉnh', number: null, span: [0, 4] };
    expect(draftToFormValues(draft, 'vi').values.delegationName).toBe('Đoàn kiểm tra CCHC của tỉnh');
  });

  it('gives an empty form for a text nothing was read from', () => {
    const draft: ReportDraft = {
      text: 'Tin khác. Liên kết website. Thống kê truy cập.',
      extraction: {
        title: null,
        unit: null,
        sites: [],
        date: null,
        partOfDay: null,
        kind: null,
        period: null,
        delegation: null,
        leader: null,
        figures: [],
        findings: [],
        directives: [],
        ignored: [],
      },
      unit: null,
      sites: [],
      figureUnits: [],
    };
    expect(draftToFormValues(draft, 'vi')).toEqual({
      values: emptyInspectionFormValues(),
      suggestedUnits: [],
      unresolved: [],
    });
  });
});
