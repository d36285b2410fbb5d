import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeExtensionEvent } from '../../../testing/directive-fixtures';
import { renderWithProviders } from '../../../testing/render';
import { DecideExtensionForm } from './decide-extension-form';

describe('DecideExtensionForm', () => {
  it('shows the request and that the original due date is kept for the statistics', () => {
    renderWithProviders(
      <DecideExtensionForm extension={makeExtensionEvent()} dueDate="2021-03-18" onSubmit={vi.fn()} />,
    );

    expect(screen.getByText('Đơn vị đề nghị gia hạn đến 30/06/2021.')).toBeInTheDocument();
    expect(screen.getByText('Lý do: Chờ kinh phí mua sắm năm 2021.')).toBeInTheDocument();
    expect(screen.getByText('Hạn gốc 18/03/2021 vẫn được giữ để thống kê đúng hạn/quá hạn.')).toBeInTheDocument();
  });

  it('approves, or rejects with a comment, naming the request decided', async () => {
    const extension = makeExtensionEvent();
    const onSubmit = vi.fn();
    const { user } = renderWithProviders(
      <DecideExtensionForm extension={extension} dueDate="2021-03-18" onSubmit={onSubmit} />,
    );

    await user.click(screen.getByRole('button', { name: 'Đồng ý gia hạn' }));
    await user.type(screen.getByRole('textbox', { name: 'Ý kiến' }), 'Đề nghị bố trí kinh phí sớm hơn.');
    await user.click(screen.getByRole('button', { name: 'Không đồng ý' }));

    expect(onSubmit.mock.calls).toEqual([
      [{ extensionId: extension.id, body: { decision: 'approve', comment: null } }],
      [{ extensionId: extension.id, body: { decision: 'reject', comment: 'Đề nghị bố trí kinh phí sớm hơn.' } }],
    ]);
  });
});
