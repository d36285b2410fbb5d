import { Stack, Text } from '@mantine/core';
import type { DirectiveEvent } from '@partrack/contracts';
import { IconCalendarCheck, IconCalendarX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { DecideExtensionBody, DecideExtensionInput } from '../api/decide-extension';
import { DecisionForm } from './decision-form';

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
  return (
    <DecisionForm<DecideExtensionBody['decision']>
      commentLabel={t('directives.decide.comment')}
      approve={{
        decision: 'approve',
        label: t('directives.decide.approve'),
        icon: <IconCalendarCheck size={16} aria-hidden />,
      }}
      refuse={{
        decision: 'reject',
        label: t('directives.decide.reject'),
        icon: <IconCalendarX size={16} aria-hidden />,
      }}
      onDecide={(decision, comment) => onSubmit({ extensionId: extension.id, body: { decision, comment } })}
      submitting={submitting}
      error={error}
    >
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
    </DecisionForm>
  );
}
