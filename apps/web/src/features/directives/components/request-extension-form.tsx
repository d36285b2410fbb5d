import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { RequestExtensionBody } from '@partrack/contracts';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { DISPLAY_DATE_FORMAT, formatDate, parseDisplayDate } from '../../../lib/format';
import { hasDirectiveErrorBeyondFields, toDirectiveFieldErrors } from '../utils/directive-form-errors';

const FIELDS = ['requestedDueDate', 'reason'] as const;
const MAX_REASON_LENGTH = 2000;

export interface RequestExtensionFormProps {
  /** The due date in force now (the latest extension, else the original); null when there is none. */
  currentDueDate: string | null;
  /** Today in Vietnam (`YYYY-MM-DD`): a new due date cannot be in the past. */
  today: string;
  onSubmit: (body: RequestExtensionBody) => void;
  onCancel: () => void;
  isSubmitting?: boolean;
  error?: unknown;
}

/** The earliest date worth asking for: after the current due date, and not before today. */
export function earliestExtensionDate(currentDueDate: string | null, today: string): string {
  const dayAfter = currentDueDate ? dayjs(currentDueDate).add(1, 'day').format('YYYY-MM-DD') : today;
  return dayAfter > today ? dayAfter : today;
}

/** The unit asks for a later due date with a reason; a leader decides. */
export function RequestExtensionForm({
  currentDueDate,
  today,
  onSubmit,
  onCancel,
  isSubmitting = false,
  error,
}: RequestExtensionFormProps) {
  const { t } = useTranslation();
  const earliest = earliestExtensionDate(currentDueDate, today);
  const form = useForm<{ requestedDueDate: string | null; reason: string }>({
    initialValues: { requestedDueDate: null, reason: '' },
    validate: {
      requestedDueDate: (value) =>
        !value ? t('forms.required') : value < earliest ? t('directives.extension.tooEarly') : null,
      reason: (value) =>
        value.trim() === ''
          ? t('forms.required')
          : value.trim().length > MAX_REASON_LENGTH
            ? t('forms.tooLong', { max: MAX_REASON_LENGTH })
            : null,
    },
  });
  const { setErrors } = form;

  useEffect(() => {
    const fieldErrors = toDirectiveFieldErrors(t, error, FIELDS);
    if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
  }, [error, setErrors, t]);

  const handleSubmit = form.onSubmit(({ requestedDueDate, reason }) => {
    if (requestedDueDate) onSubmit({ requestedDueDate, reason: reason.trim() });
  });

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        {hasDirectiveErrorBeyondFields(error, FIELDS) && <ErrorAlert error={error} title={t('forms.saveFailed')} />}
        {currentDueDate && (
          <Text size="sm">{t('directives.extension.current', { date: formatDate(currentDueDate) })}</Text>
        )}
        <DateInput
          label={t('directives.extension.requestedDueDate')}
          placeholder={t('directives.filters.datePlaceholder')}
          valueFormat={DISPLAY_DATE_FORMAT}
          dateParser={parseDisplayDate}
          minDate={earliest}
          required
          leftSection={<IconCalendar size={16} aria-hidden />}
          w={{ base: '100%', xs: 200 }}
          {...form.getInputProps('requestedDueDate')}
        />
        <Textarea
          label={t('directives.extension.reason')}
          placeholder={t('directives.extension.reasonPlaceholder')}
          required
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('directives.extension.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
