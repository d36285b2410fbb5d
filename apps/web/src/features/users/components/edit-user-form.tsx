import { Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type Role, RoleSchema, requiresUnit, roles, type UpdateUserBody, type User } from '@partrack/contracts';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { UnitPicker } from '../../../components/unit-picker';
import { hasErrorBeyondFields, toFieldErrors } from '../../../lib/form-errors';
import type { UnitSearch } from '../types';
import { toUserChanges, type UserEditValues } from '../utils/user-changes';
import { displayNameError } from '../utils/user-rules';

const FIELDS = ['displayName', 'role', 'unitId', 'isActive'] as const;
const FORM_FIELD_OF = { unitId: 'unit' };

export interface EditUserFormProps {
  user: User;
  /** The administrator editing their own account may not demote or disable themselves. */
  isSelf: boolean;
  onSubmit: (changes: UpdateUserBody) => void;
  onCancel: () => void;
  unitSearch: UnitSearch;
  isSubmitting?: boolean;
  error?: unknown;
}

export function EditUserForm({
  user,
  isSelf,
  onSubmit,
  onCancel,
  unitSearch,
  isSubmitting = false,
  error,
}: EditUserFormProps) {
  const { t } = useTranslation();
  const activeHintId = useId();
  const form = useForm<UserEditValues>({
    initialValues: { displayName: user.displayName, role: user.role, unit: user.unit, isActive: user.isActive },
    validate: {
      displayName: (value) => displayNameError(t, value),
      unit: (value, values) => (requiresUnit(values.role) && value === null ? t('users.form.unitRequired') : null),
    },
  });
  const { setErrors } = form;

  useEffect(() => {
    const fieldErrors = toFieldErrors(t, error, FIELDS, FORM_FIELD_OF);
    if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
  }, [error, setErrors, t]);

  const changes = toUserChanges(user, form.values);
  const hasChanges = Object.keys(changes).length > 0;

  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit(toUserChanges(user, values)))}>
      <Stack gap="md">
        {hasErrorBeyondFields(error, FIELDS) && <ErrorAlert error={error} title={t('forms.saveFailed')} />}
        <TextInput label={t('users.fields.username')} value={user.username} readOnly variant="filled" />
        <TextInput
          label={t('users.fields.displayName')}
          autoComplete="off"
          required
          data-autofocus
          {...form.getInputProps('displayName')}
        />
        <Select
          label={t('users.fields.role')}
          data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          required
          allowDeselect={false}
          disabled={isSelf}
          {...form.getInputProps('role')}
          onChange={(value) => {
            const role: Role | undefined = RoleSchema.safeParse(value).data;
            if (role) form.setFieldValue('role', role);
          }}
        />
        <UnitPicker
          label={t('users.fields.unit')}
          description={t('users.form.unitHint')}
          required={requiresUnit(form.values.role)}
          search={unitSearch}
          value={form.values.unit}
          onChange={(unit) => form.setFieldValue('unit', unit)}
          error={typeof form.errors.unit === 'string' ? form.errors.unit : undefined}
        />
        {/* The hint sits outside the Switch: Mantine puts a description inside the label, i.e. the name. */}
        <Stack gap={4}>
          <Switch
            label={t('users.fields.isActive')}
            aria-describedby={activeHintId}
            disabled={isSelf}
            {...form.getInputProps('isActive', { type: 'checkbox' })}
          />
          <Text id={activeHintId} size="xs" c="dimmed">
            {form.values.isActive ? t('users.form.activeHint') : t('users.form.disabledHint')}
          </Text>
        </Stack>
        {isSelf && (
          <Text size="sm" c="dimmed">
            {t('users.form.selfHint')}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting} disabled={!hasChanges}>
            {t('users.edit.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
