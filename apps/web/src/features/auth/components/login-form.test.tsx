import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { i18n } from '../../../lib/i18n';
import { renderWithProviders } from '../../../testing/render';
import { LoginForm, type LoginFormProps } from './login-form';

function renderForm(props: Partial<LoginFormProps> = {}) {
  const onSubmit = vi.fn();
  const view = renderWithProviders(<LoginForm onSubmit={onSubmit} {...props} />);
  return { ...view, onSubmit };
}

const wrongCredentials = new ApiError({
  status: 401,
  code: 'UNAUTHENTICATED',
  message: 'Wrong username or password',
  requestId: 'req-1',
});

describe('LoginForm', () => {
  it('signs in with the username trimmed and the password as typed', async () => {
    const { user, onSubmit } = renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Tên đăng nhập' }), '  kienan ');
    await user.type(screen.getByLabelText(/^Mật khẩu/), ' partrack-demo ');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ username: 'kienan', password: ' partrack-demo ' });
  });

  it('asks for both fields before sending anything', async () => {
    const { user, onSubmit } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(screen.getByText('Vui lòng nhập tên đăng nhập.')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập mật khẩu.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says that the username or password is wrong, without the API’s English', () => {
    renderForm({ error: wrongCredentials });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(alert).not.toHaveTextContent('Wrong username or password');
  });

  it('says how many seconds to wait after too many attempts', () => {
    renderForm({
      error: new ApiError({
        status: 429,
        code: 'RATE_LIMITED',
        message: 'Too many sign-in attempts for this user; retry in 42 s',
        requestId: 'req-2',
        retryAfterSeconds: 42,
      }),
    });

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau 42 giây.',
    );
  });

  it('speaks English when the interface does', async () => {
    await i18n.changeLanguage('en');
    renderForm({ error: wrongCredentials });

    expect(screen.getByRole('textbox', { name: 'Username' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Wrong username or password.');
  });

  it('shows a field the API found invalid next to that field', () => {
    renderForm({
      error: new ApiError({
        status: 400,
        code: 'VALIDATION_FAILED',
        message: 'Invalid body: username',
        requestId: 'req-3',
        issues: [{ path: 'username', code: 'too_big', message: 'Too big' }],
      }),
    });

    expect(screen.getByRole('textbox', { name: 'Tên đăng nhập' })).toHaveAccessibleDescription('Giá trị quá dài.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reports anything else with the request id', () => {
    renderForm({
      error: new ApiError({ status: 503, code: 'DATABASE_UNAVAILABLE', message: 'Down', requestId: 'req-4' }),
    });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Không đăng nhập được');
    expect(alert).toHaveTextContent('Mã yêu cầu: req-4');
  });
});
