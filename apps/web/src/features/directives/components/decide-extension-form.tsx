import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { DirectiveEvent } from '@partrack/contracts';
import { IconCalendarCheck, IconCalendarX } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../lib/format';
import type { DecideExtensionBody, DecideExtensionInput } from '../api/decide-extension';
import { hasDirectiveErrorBeyondFields, toDirectiveFieldErrors } from '../utils/directive-form-errors';

const FIELDS = ['comment'] as const;
const MAX_COMMENT_LENGTH = 2000;

export interface DecideExtensionFormProps {
  /** The request waiting for a decision. */
  extension: Extract<DirectiveEvent, { type: 'extension' }>;
  /** The original due date, which stays what statistics count against whatever the decision. */
  dueDate: string | null;
  onSubmit: (input: DecideExtensionInput) => void;
  /** Which button was pressed, while its request is on its way. */
  submitting?: DecideExtensionBody['decision'] | null;
  error?: unknown;
}

/** A leader approves or rejects a unit's request for a later due date, with an optional comment. */
export function DecideExtensionForm({
  extension,
  dueDate,
  onSubmit,
  submitting = null,
  error,
}: DecideExtensionFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { comment: '' },
    validate: {
      comment: (value) =>
        value.trim().length > MAX_COMMENT_LENGTH ? t('forms.tooLong', { max: MAX_COMMENT_LENGTH }) : null,
    },
  });
  const { setErrors } = form;

  useEffect(() => {
    const fieldErrors = toDirectiveFieldErrors(t, error, FIELDS);
    if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
  }, [error, setErrors, t]);

  const submit = (decision: DecideExtensionBody['decision']) => {
    if (form.validate().hasErrors) return;
    const comment = form.values.comment.trim();
    onSubmit({ extensionId: extension.id, body: { decision, comment: comment === '' ? null : comment } });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit('approve');
      }}
    >
      <Stack gap="md">
        {hasDirectiveErrorBeyondFields(error, FIELDS) && <ErrorAlert error={error} title={t('forms.saveFailed')} />}
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('directives.decide.request', { date: formatDate(extension.requestedDueDate) })}
          </Text>
          <Text size="sm">{t('directives.timeline.extensionReason', { reason: extension.reason })}</Text>
          {dueDate && (
            <Text size="sm" c="dimmed">
              {t('directives.decide.originalKept', { date: formatDate(dueDate) })}
            </Text>
          )}
        </Stack>
        <Textarea
          label={t('directives.decide.comment')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            color="red"
            leftSection={<IconCalendarX size={16} aria-hidden />}
            onClick={() => submit('reject')}
            loading={submitting === 'reject'}
            disabled={submitting === 'approve'}
          >
            {t('directives.decide.reject')}
          </Button>
          <Button
            type="submit"
            leftSection={<IconCalendarCheck size={16} aria-hidden />}
            loading={submitting === 'approve'}
            disabled={submitting === 'reject'}
          >
            {t('directives.decide.approve')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
