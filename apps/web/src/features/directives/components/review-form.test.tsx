import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { renderWithProviders } from '../../../testing/render';
import { ReviewForm, type ReviewFormProps } from './review-form';

function renderForm(props: Partial<ReviewFormProps> = {}) {
  const onSubmit = vi.fn();
  const view = renderWithProviders(
    <ReviewForm directive={{ dueDate: '2021-03-18', reportedDoneOn: '2021-03-10' }} onSubmit={onSubmit} {...props} />,
  );
  return { ...view, onSubmit };
}

function fieldError(field: HTMLElement): string | null {
  const id = field
    .getAttribute('aria-describedby')
    ?.split(' ')
    .find((each) => each.endsWith('-error'));
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

describe('ReviewForm', () => {
  it('says when the unit reported it done and how an acceptance would count against the original due date', () => {
    renderForm({ directive: { dueDate: '2021-03-18', reportedDoneOn: '2021-05-05' } });

    expect(screen.getByText('Đơn vị báo cáo hoàn thành ngày 05/05/2021.')).toBeInTheDocument();
    expect(screen.getByText('Hoàn thành quá hạn')).toBeInTheDocument();
  });

  it('accepts, with an optional comment', async () => {
    const { user, onSubmit } = renderForm();

    expect(screen.getByText('Hoàn thành đúng hạn')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Công nhận hoàn thành' }));

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ decision: 'accept', comment: null });
  });

  it('returns only with a comment saying what is missing', async () => {
    const { user, onSubmit } = renderForm();
    const comment = screen.getByRole('textbox', { name: 'Nhận xét' });

    await user.click(screen.getByRole('button', { name: 'Trả lại' }));
    expect(fieldError(comment)).toBe('Hãy ghi rõ lý do trả lại.');
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(comment, '  Thiếu biên bản bàn giao. ');
    await user.click(screen.getByRole('button', { name: 'Trả lại' }));
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ decision: 'return', comment: 'Thiếu biên bản bàn giao.' });
  });

  it('explains a decision the API refused because someone decided first', () => {
    renderForm({
      error: new ApiError({ status: 409, code: 'CONFLICT', message: 'stage: open', requestId: 'req-5' }),
    });

    expect(screen.getByRole('alert')).toHaveTextContent('Dữ liệu xung đột với trạng thái hiện tại.');
  });

  it('keeps the other button from being pressed while a decision is on its way', () => {
    renderForm({ submitting: 'accept' });

    expect(screen.getByRole('button', { name: 'Trả lại' })).toBeDisabled();
  });
});
