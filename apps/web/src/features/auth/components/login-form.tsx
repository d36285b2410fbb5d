import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { LoginBody } from '@partrack/contracts';
import { IconAlertTriangle, IconLogin } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-error';
import { hasErrorBeyondFields, toFieldErrors } from '../../../lib/form-errors';

const FIELDS = ['username', 'password'] as const;

export interface LoginFormProps {
  onSubmit: (values: LoginBody) => void;
  isSubmitting?: boolean;
  /** The failure of the last attempt, shown next to its fields or above the form. */
  error?: unknown;
}

export function LoginForm({ onSubmit, isSubmitting = false, error }: LoginFormProps) {
  const { t } = useTranslation();
  const form = useForm<LoginBody>({
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() === '' ? t('auth.signIn.usernameRequired') : null),
      password: (value) => (value === '' ? t('auth.signIn.passwordRequired') : null),
    },
  });
  const { setErrors } = form;

  useEffect(() => {
    const fieldErrors = toFieldErrors(t, error, FIELDS);
    if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
  }, [error, setErrors, t]);

  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit({ ...values, username: values.username.trim() }))}>
      <Stack gap="md">
        {hasErrorBeyondFields(error, FIELDS) && <SignInError error={error} />}
        <TextInput
          label={t('auth.signIn.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          data-autofocus
          {...form.getInputProps('username')}
        />
        <PasswordInput
          label={t('auth.signIn.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={isSubmitting} leftSection={<IconLogin size={18} aria-hidden />} fullWidth>
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** Wrong credentials and too many attempts get words of their own; anything else the usual alert. */
function SignInError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && (error.code === 'UNAUTHENTICATED' || error.code === 'RATE_LIMITED')) {
    const message =
      error.code === 'UNAUTHENTICATED'
        ? t('auth.signIn.wrongCredentials')
        : error.retryAfterSeconds !== null
          ? t('auth.signIn.rateLimited', { count: Math.max(1, error.retryAfterSeconds) })
          : t('errors.codes.RATE_LIMITED');
    return (
      <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        {message}
      </Alert>
    );
  }
  return <ErrorAlert error={error} title={t('auth.signIn.failed')} />;
}
