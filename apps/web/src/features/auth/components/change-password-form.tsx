import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ChangePasswordBody, PasswordSchema } from '@partrack/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { hasErrorBeyondFields, toFieldErrors } from '../../../lib/form-errors';

const FIELDS = ['currentPassword', 'newPassword'] as const;
export const MIN_PASSWORD_LENGTH = PasswordSchema.minLength ?? 12;

interface ChangePasswordValues extends ChangePasswordBody {
  confirmPassword: string;
}

export interface ChangePasswordFormProps {
  onSubmit: (body: ChangePasswordBody) => void;
  onCancel: () => void;
  isSubmitting?: boolean;
  error?: unknown;
}

export function ChangePasswordForm({ onSubmit, onCancel, isSubmitting = false, error }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const form = useForm<ChangePasswordValues>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (value === '' ? t('forms.required') : null),
      newPassword: (value, values) =>
        !PasswordSchema.safeParse(value).success
          ? t('forms.passwordTooShort', { min: MIN_PASSWORD_LENGTH })
          : value === values.currentPassword
            ? t('auth.changePassword.sameAsCurrent')
            : null,
      confirmPassword: (value, values) => (value !== values.newPassword ? t('forms.passwordMismatch') : null),
    },
  });
  const { setErrors } = form;

  useEffect(() => {
    const fieldErrors = toFieldErrors(t, error, FIELDS);
    if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
  }, [error, setErrors, t]);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ currentPassword, newPassword }) => onSubmit({ currentPassword, newPassword }))}
    >
      <Stack gap="md">
        {hasErrorBeyondFields(error, FIELDS) && <ErrorAlert error={error} title={t('forms.saveFailed')} />}
        <PasswordInput
          label={t('auth.changePassword.current')}
          autoComplete="current-password"
          required
          data-autofocus
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('auth.changePassword.new')}
          description={t('forms.passwordLength', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('auth.changePassword.confirm')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('auth.changePassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
