import { CreateInspectionBodySchema, UpdateInspectionBodySchema } from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { i18n } from '../../../lib/i18n';
import { kienAnUnit, makeInspection } from '../../../testing/inspection-fixtures';
import { parseIssuePath, toApiFormIssues, toFormPath, validateInspection } from './inspection-form-issues';
import {
  emptyInspectionFormValues,
  type InspectionFormValues,
  newFigure,
  toFormValues,
} from './inspection-form-values';

const t = i18n.t.bind(i18n);

function validValues(): InspectionFormValues {
  return {
    ...emptyInspectionFormValues(),
    unit: { ...kienAnUnit },
    kind: 'visit',
    date: '2020-12-18',
    partOfDay: 'morning',
    topic: 'Kiểm tra công tác CCHC năm 2020',
    periodStart: '2020-01-01',
    periodEnd: '2020-12-15',
  };
}

function withFigure(
  values: InspectionFormValues,
  change: Partial<InspectionFormValues['figures'][number]>,
): InspectionFormValues {
  return { ...values, figures: [...values.figures, { ...newFigure(values), tier: 'district', ...change }] };
}

describe('parseIssuePath and toFormPath', () => {
  it('read the API’s paths and the schema’s alike', () => {
    expect(parseIssuePath('figures[3].value')).toEqual(['figures', 3, 'value']);
    expect(parseIssuePath('figures.3.value')).toEqual(['figures', 3, 'value']);
    expect(parseIssuePath('directives[1].coordinatingUnitIds[0]')).toEqual(['directives', 1, 'coordinatingUnitIds', 0]);
  });

  it('name the form field that holds each part of the body', () => {
    expect(toFormPath(['unitId'])).toBe('unit');
    expect(toFormPath(['figures', 3, 'value'])).toBe('figures.3.value');
    expect(toFormPath(['figures', 0, 'unitId'])).toBe('figures.0.unit');
    expect(toFormPath(['directives', 1, 'leadUnitId'])).toBe('directives.1.leadUnit');
    expect(toFormPath(['directives', 1, 'coordinatingUnitIds', 0])).toBe('directives.1.coordinatingUnits');
    expect(toFormPath(['leader', 'name'])).toBe('leaderName');
    expect(toFormPath(['delegation', 'members', 2])).toBe('members');
    expect(toFormPath(['directives', 0, 'id'])).toBeNull();
    expect(toFormPath([])).toBeNull();
  });
});

describe('validateInspection', () => {
  it('gives the body to send, numbers read the Vietnamese way', () => {
    const values = withFigure(validValues(), { indicator: 'received', value: '2.873' });
    const result = validateInspection(CreateInspectionBodySchema, values, 'vi', t);

    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.body).toMatchObject({
      unitId: kienAnUnit.id,
      date: '2020-12-18',
      delegation: null,
      leader: null,
      figures: [{ indicator: 'received', value: 2873, tier: 'district', periodStart: '2020-01-01', unitId: null }],
    });
  });

  it('marks each missing required field as required', () => {
    const result = validateInspection(CreateInspectionBodySchema, emptyInspectionFormValues(), 'vi', t);

    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.fieldErrors).toEqual({
      unit: 'Vui lòng nhập trường này.',
      kind: 'Vui lòng nhập trường này.',
      date: 'Vui lòng nhập trường này.',
      topic: 'Vui lòng nhập trường này.',
    });
  });

  it('applies the contract’s rules on figures even while other fields are still missing', () => {
    const values = withFigure(withFigure({ ...validValues(), topic: '' }, { indicator: 'received', value: '10' }), {
      indicator: 'resolved',
      value: '-3',
    });
    const result = validateInspection(CreateInspectionBodySchema, values, 'vi', t);

    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.fieldErrors).toEqual({
      topic: 'Vui lòng nhập trường này.',
      'figures.1.value': 'Giá trị không được âm.',
    });
  });

  it('explains a value it cannot read, a count with decimals and a rate over 100', () => {
    let values = withFigure(validValues(), { indicator: 'received', value: '57.14' });
    values = withFigure(values, { indicator: 'received', value: '2,5' });
    values = withFigure(values, { indicator: 'plan_tasks_completed_rate', value: '120' });
    const result = validateInspection(CreateInspectionBodySchema, values, 'vi', t);

    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.fieldErrors).toEqual({
      'figures.0.value': 'Số không hợp lệ. Nhập theo kiểu Việt Nam, ví dụ 12.989 hoặc 57,14.',
      'figures.1.value': 'Số lượng phải là số nguyên.',
      'figures.2.value': 'Tỷ lệ phải từ 0 đến 100.',
    });
  });

  it('keeps the ids of existing directives when editing', () => {
    const inspection = makeInspection();
    const result = validateInspection(UpdateInspectionBodySchema, toFormValues(inspection, 'vi'), 'vi', t);

    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.body.directives?.map((directive) => directive.id)).toEqual(
      inspection.directives.map((directive) => directive.id),
    );
    // Figures about the inspected unit go back without a unit, as they came.
    expect(result.body.figures?.every((figure) => figure.unitId === null)).toBe(true);
  });
});

describe('toApiFormIssues', () => {
  it('places the API’s issues at their fields and keeps the rest apart', () => {
    const values = withFigure(validValues(), { indicator: 'received', value: '5' });
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid body',
      requestId: 'req-1',
      issues: [
        { path: 'unitId', code: 'unit_not_valid_on_date', message: 'The unit did not exist on 2020-12-18' },
        { path: 'figures[0].value', code: 'negative', message: 'must not be negative' },
        { path: 'directives[4].id', code: 'unknown_directive', message: 'not a directive of this inspection' },
      ],
    });

    expect(toApiFormIssues(t, error, values)).toEqual({
      fieldErrors: {
        unit: 'Đơn vị này không tồn tại vào ngày kiểm tra.',
        'figures.0.value': 'Giá trị không được âm.',
      },
      otherErrors: ['directives.4.id: Chỉ đạo này không thuộc đợt kiểm tra.'],
    });
  });

  it("translates the contract's rules by the code the API names them with", async () => {
    const values = withFigure(validValues(), { indicator: 'received', value: '5' });
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid body',
      requestId: 'req-2',
      issues: [
        { path: 'date', code: 'in_future', message: 'must not be in the future' },
        { path: 'periodEnd', code: 'before_start', message: 'must not be before periodStart' },
        { path: 'figures[0].value', code: 'not_whole_number', message: 'must be a whole number' },
      ],
    });

    expect(toApiFormIssues(t, error, values)?.fieldErrors).toEqual({
      date: 'Không được sau ngày hôm nay.',
      periodEnd: 'Không được trước ngày bắt đầu.',
      'figures.0.value': 'Số lượng phải là số nguyên.',
    });
    await i18n.changeLanguage('en');
    expect(toApiFormIssues(t, error, values)?.fieldErrors).toEqual({
      date: 'Must not be after today.',
      periodEnd: 'Must not be before the start date.',
      'figures.0.value': 'A count must be a whole number.',
    });
  });
});
