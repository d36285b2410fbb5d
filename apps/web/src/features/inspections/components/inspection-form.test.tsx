import { CreateInspectionBodySchema, UpdateInspectionBodySchema } from '@partrack/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { UnitSearch } from '../../../components/unit-picker';
import { ApiError } from '../../../lib/api-error';
import { kienAnUnit, makeInspection } from '../../../testing/inspection-fixtures';
import { renderWithProviders } from '../../../testing/render';
import {
  emptyInspectionFormValues,
  type InspectionFormValues,
  newFigure,
  toFormValues,
} from '../utils/inspection-form-values';
import { InspectionForm } from './inspection-form';

const kienAnChoice = { ...kienAnUnit, parentName: 'Thành phố Hải Phòng' };
const useFakeUnitSearch = (): UnitSearch => ({ choices: [kienAnChoice], isLoading: false, onSearchChange: () => {} });

function generalValues(): InspectionFormValues {
  return {
    ...emptyInspectionFormValues(),
    unit: { ...kienAnUnit },
    kind: 'visit',
    date: '2020-12-18',
    topic: 'Kiểm tra công tác CCHC năm 2020',
  };
}

function renderCreateForm(initialValues = emptyInspectionFormValues(), error?: unknown) {
  const onSubmit = vi.fn();
  const view = renderWithProviders(
    <InspectionForm
      initialValues={initialValues}
      schema={CreateInspectionBodySchema}
      onSubmit={onSubmit}
      onCancel={vi.fn()}
      submitLabel="Lưu đợt kiểm tra"
      useUnitSearch={useFakeUnitSearch}
      error={error}
    />,
  );
  return { ...view, onSubmit };
}

function fieldError(field: HTMLElement): string | null {
  const id = field
    .getAttribute('aria-describedby')
    ?.split(' ')
    .find((part) => part.endsWith('-error'));
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

describe('InspectionForm', () => {
  it('shows "required" at each required field of an empty form, and sends nothing', async () => {
    const { user, onSubmit } = renderCreateForm();

    await user.click(screen.getByRole('button', { name: 'Lưu đợt kiểm tra' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Còn 4 trường chưa hợp lệ.');
    for (const field of [
      screen.getByRole('combobox', { name: 'Đơn vị được kiểm tra' }),
      screen.getByRole('combobox', { name: 'Hình thức' }),
      screen.getByRole('textbox', { name: 'Ngày' }),
      screen.getByRole('textbox', { name: 'Nội dung' }),
    ]) {
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(fieldError(field)).toBe('Vui lòng nhập trường này.');
    }
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a negative count at the value of that figure', async () => {
    const values = generalValues();
    const first = { ...newFigure(values), indicator: 'received' as const, periodEnd: '2020-12-15', value: '2.873' };
    const second = { ...newFigure(values), indicator: 'resolved_late' as const, periodEnd: '2020-12-15', value: '-1' };
    const { user, onSubmit } = renderCreateForm({ ...values, figures: [first, second] });

    await user.click(screen.getByRole('button', { name: 'Lưu đợt kiểm tra' }));

    const secondValue = within(screen.getByRole('group', { name: 'Số liệu 2' })).getByRole('textbox', {
      name: /^Giá trị/,
    });
    expect(secondValue).toHaveAttribute('aria-invalid', 'true');
    expect(fieldError(secondValue)).toBe('Giá trị không được âm.');
    const firstValue = within(screen.getByRole('group', { name: 'Số liệu 1' })).getByRole('textbox', {
      name: /^Giá trị/,
    });
    expect(firstValue).not.toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('reads a value typed the Vietnamese way and sends the body the contract expects', async () => {
    const { user, onSubmit } = renderCreateForm(generalValues());

    await user.click(screen.getByRole('button', { name: 'Thêm số liệu' }));
    const figure = within(screen.getByRole('group', { name: 'Số liệu 1' }));
    await user.click(figure.getByRole('combobox', { name: /^Chỉ tiêu/ }));
    await user.click(screen.getByRole('option', { name: 'Hồ sơ tiếp nhận' }));
    await user.type(figure.getByRole('textbox', { name: /^Đến ngày/ }), '15/12/2020');
    await user.type(figure.getByRole('textbox', { name: /^Giá trị/ }), '12.989');
    await user.click(screen.getByRole('button', { name: 'Lưu đợt kiểm tra' }));

    expect(onSubmit).toHaveBeenCalledOnce();
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      unitId: kienAnUnit.id,
      kind: 'visit',
      date: '2020-12-18',
      figures: [{ indicator: 'received', value: 12989, periodEnd: '2020-12-15', qualifier: 'exact' }],
    });
  });

  it('shows the issues the API sent at their fields', () => {
    const values = generalValues();
    const figure = { ...newFigure(values), indicator: 'received' as const, periodEnd: '2020-12-15', value: '5' };
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid body',
      requestId: 'req-1',
      issues: [
        { path: 'unitId', code: 'unit_not_valid_on_date', message: 'The unit did not exist on 2020-12-18' },
        { path: 'figures[0].value', code: 'negative', message: 'must not be negative' },
      ],
    });
    renderCreateForm({ ...values, figures: [figure] }, error);

    expect(fieldError(screen.getByRole('combobox', { name: 'Đơn vị được kiểm tra' }))).toBe(
      'Đơn vị này không tồn tại vào ngày kiểm tra.',
    );
    const value = within(screen.getByRole('group', { name: 'Số liệu 1' })).getByRole('textbox', { name: /^Giá trị/ });
    expect(fieldError(value)).toBe('Giá trị không được âm.');
  });

  it('edits an inspection keeping the ids of its directives, and saves only once something changed', async () => {
    const full = makeInspection();
    // Two figures are enough, and keep the form quick to render.
    const inspection = { ...full, figures: full.figures.slice(0, 2), onTimeRates: [] };
    const onSubmit = vi.fn();
    const { user } = renderWithProviders(
      <InspectionForm
        initialValues={toFormValues(inspection, 'vi')}
        schema={UpdateInspectionBodySchema}
        onSubmit={onSubmit}
        onCancel={vi.fn()}
        submitLabel="Lưu thay đổi"
        useUnitSearch={useFakeUnitSearch}
        requireChanges
      />,
    );
    const save = screen.getByRole('button', { name: 'Lưu thay đổi' });
    expect(save).toBeDisabled();

    const topic = screen.getByRole('textbox', { name: 'Nội dung' });
    await user.clear(topic);
    await user.paste('Sơ kết CCHC 6 tháng');
    await user.click(save);

    expect(onSubmit).toHaveBeenCalledOnce();
    const body = onSubmit.mock.calls[0]?.[0];
    expect(body.topic).toBe('Sơ kết CCHC 6 tháng');
    expect(body.directives.map((directive: { id?: string }) => directive.id)).toEqual([inspection.directives[0]?.id]);
    expect(body.figures.map((figure: { value: number }) => figure.value)).toEqual([12989, 12616]);
  });
});
