import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api-error';
import { i18n } from '../lib/i18n';
import { renderWithProviders } from '../testing/render';
import { ErrorAlert } from './error-alert';

const databaseDown = new ApiError({
  status: 503,
  code: 'DATABASE_UNAVAILABLE',
  message: 'Database unavailable',
  requestId: 'req-7f3a',
});

describe('ErrorAlert', () => {
  it('shows the translated error code and the request id', () => {
    renderWithProviders(<ErrorAlert error={databaseDown} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Cơ sở dữ liệu tạm thời không truy cập được');
    expect(alert).toHaveTextContent('Mã yêu cầu: req-7f3a');
    expect(alert).not.toHaveTextContent('Database unavailable');
  });

  it('speaks English when the interface does', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<ErrorAlert error={databaseDown} />);

    expect(screen.getByRole('alert')).toHaveTextContent('The database is temporarily unavailable');
    expect(screen.getByRole('alert')).toHaveTextContent('Request ID: req-7f3a');
  });

  it('names the invalid fields of a validation failure', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid query',
      requestId: 'req-1',
      issues: [
        { path: 'validOn', code: 'invalid_format', message: 'Invalid date' },
        { path: 'validOn', code: 'custom', message: 'Again' },
        { path: 'pageSize', code: 'too_big', message: 'Too big' },
      ],
    });
    renderWithProviders(<ErrorAlert error={error} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Trường không hợp lệ: validOn, pageSize');
  });

  it('treats an error that is not from the API as an internal error without a request id', () => {
    renderWithProviders(<ErrorAlert error={new Error('boom')} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Máy chủ gặp lỗi không mong muốn.');
    expect(screen.queryByText(/Mã yêu cầu/)).not.toBeInTheDocument();
  });

  it('offers a retry only when one is possible', async () => {
    const onRetry = vi.fn();
    const { user, rerender } = renderWithProviders(<ErrorAlert error={databaseDown} />);
    expect(screen.queryByRole('button', { name: 'Thử lại' })).not.toBeInTheDocument();

    rerender(<ErrorAlert error={databaseDown} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
