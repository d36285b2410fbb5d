import { Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type CreateUserBodyInput,
  PasswordSchema,
  type Role,
  RoleSchema,
  requiresUnit,
  roles,
  UsernameSchema,
} from '@partrack/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { UnitPicker } from '../../../components/unit-picker';
import { hasErrorBeyondFields, toFieldErrors } from '../../../lib/form-errors';
import type { UnitChoice, UnitSearch } from '../types';
import { displayNameError, MIN_PASSWORD_LENGTH } from '../utils/user-rules';

/** Fields by API path; the form calls `unitId` `unit`, as it holds the whole chosen unit. */
const FIELDS = ['username', 'displayName', 'role', 'unitId', 'password'] as const;
const FORM_FIELD_OF = { unitId: 'unit' };

interface CreateUserValues {
  username: string;
  displayName: string;
  role: Role | null;
  unit: UnitChoice | null;
  password: string;
}

export interface CreateUserFormProps {
  /** The body as the API takes it: what the form does not ask for (an e-mail) is left to its default. */
  onSubmit: (body: CreateUserBodyInput) => void;
  onCancel: () => void;
  unitSearch: UnitSearch;
  isSubmitting?: boolean;
  error?: unknown;
}

export function CreateUserForm({ onSubmit, onCancel, unitSearch, isSubmitting = false, error }: CreateUserFormProps) {
  const { t } = useTranslation();
  const form = useForm<CreateUserValues>({
    initialValues: { username: '', displayName: '', role: null, unit: null, password: '' },
    validate: {
      username: (value) => (UsernameSchema.safeParse(value).success ? null : t('users.form.usernameRule')),
      displayName: (value) => displayNameError(t, value),
      role: (value) => (value === null ? t('forms.required') : null),
      unit: (value, values) =>
        values.role !== null && requiresUnit(values.role) && value === null ? t('users.form.unitRequired') : null,
      password: (value) =>
        PasswordSchema.safeParse(value).success ? null : t('forms.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
    },
  });
  const { setErrors } = form;

  useEffect(() => {
    const fieldErrors = toFieldErrors(t, error, FIELDS, FORM_FIELD_OF);
    if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
  }, [error, setErrors, t]);

  const handleSubmit = form.onSubmit((values) => {
    if (values.role === null) return;
    onSubmit({
      username: values.username.trim().toLowerCase(),
      displayName: values.displayName.trim(),
      role: values.role,
      unitId: values.unit?.id ?? null,
      password: values.password,
    });
  });

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        {hasErrorBeyondFields(error, FIELDS) && <ErrorAlert error={error} title={t('forms.saveFailed')} />}
        <TextInput
          label={t('users.fields.username')}
          description={t('users.form.usernameRule')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          data-autofocus
          {...form.getInputProps('username')}
        />
        <TextInput
          label={t('users.fields.displayName')}
          autoComplete="off"
          required
          {...form.getInputProps('displayName')}
        />
        <Select
          label={t('users.fields.role')}
          data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          required
          allowDeselect={false}
          {...form.getInputProps('role')}
          onChange={(value) => form.setFieldValue('role', RoleSchema.safeParse(value).data ?? null)}
        />
        <UnitPicker
          label={t('users.fields.unit')}
          description={t('users.form.unitHint')}
          required={form.values.role !== null && requiresUnit(form.values.role)}
          search={unitSearch}
          value={form.values.unit}
          onChange={(unit) => form.setFieldValue('unit', unit)}
          error={typeof form.errors.unit === 'string' ? form.errors.unit : undefined}
        />
        <PasswordInput
          label={t('users.fields.password')}
          description={t('forms.passwordLength', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('users.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
