import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PasswordSchema, type ResetPasswordBody } from '@partrack/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { hasErrorBeyondFields, toFieldErrors } from '../../../lib/form-errors';
import { MIN_PASSWORD_LENGTH } from '../utils/user-rules';

const FIELDS = ['password'] as const;

export interface ResetPasswordFormProps {
  username: string;
  onSubmit: (body: ResetPasswordBody) => void;
  onCancel: () => void;
  isSubmitting?: boolean;
  error?: unknown;
}

export function ResetPasswordForm({
  username,
  onSubmit,
  onCancel,
  isSubmitting = false,
  error,
}: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { password: '', confirmPassword: '' },
    validate: {
      password: (value) =>
        PasswordSchema.safeParse(value).success ? null : t('forms.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
      confirmPassword: (value, values) => (value !== values.password ? t('forms.passwordMismatch') : null),
    },
  });
  const { setErrors } = form;

  useEffect(() => {
    const fieldErrors = toFieldErrors(t, error, FIELDS);
    if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
  }, [error, setErrors, t]);

  return (
    <form noValidate onSubmit={form.onSubmit(({ password }) => onSubmit({ password }))}>
      <Stack gap="md">
        <Text size="sm">{t('users.resetPassword.explanation', { username })}</Text>
        {hasErrorBeyondFields(error, FIELDS) && <ErrorAlert error={error} title={t('forms.saveFailed')} />}
        <PasswordInput
          label={t('users.resetPassword.password')}
          description={t('forms.passwordLength', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          data-autofocus
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label={t('users.resetPassword.confirm')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('users.resetPassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
