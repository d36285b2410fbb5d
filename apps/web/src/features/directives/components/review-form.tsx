import { Group, Stack, Text } from '@mantine/core';
import { type DirectiveSummary, deriveDirectiveBucket } from '@partrack/contracts';
import { IconArrowBackUp, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DirectiveBucketBadge } from '../../../components/directive-bucket-badge';
import { formatDate } from '../../../lib/format';
import type { ReviewDirectiveBody } from '../api/review-directive';
import { DecisionForm } from './decision-form';

export interface ReviewFormProps {
  /** The directive under review: its original due date decides how an acceptance counts. */
  directive: Pick<DirectiveSummary, 'dueDate' | 'reportedDoneOn'>;
  onSubmit: (body: ReviewDirectiveBody) => void;
  /** Which button was pressed, while its request is on its way. */
  submitting?: ReviewDirectiveBody['decision'] | null;
  error?: unknown;
}

/**
 * The inspecting side's decision on a reported completion: accept it (completed on the date the unit
 * reported, counted against the original due date), or return it with a comment saying what is missing.
 */
export function ReviewForm({ directive, onSubmit, submitting = null, error }: ReviewFormProps) {
  const { t } = useTranslation();
  const { reportedDoneOn } = directive;
  return (
    <DecisionForm<ReviewDirectiveBody['decision']>
      commentLabel={t('directives.review.comment')}
      commentHint={t('directives.review.commentHint')}
      approve={{
        decision: 'accept',
        label: t('directives.review.accept'),
        icon: <IconCircleCheck size={16} aria-hidden />,
      }}
      refuse={{
        decision: 'return',
        label: t('directives.review.return'),
        icon: <IconArrowBackUp size={16} aria-hidden />,
        commentRequired: t('directives.review.commentRequired'),
      }}
      onDecide={(decision, comment) => onSubmit({ decision, comment })}
      submitting={submitting}
      error={error}
    >
      {reportedDoneOn && (
        <Stack gap={4}>
          <Text size="sm">{t('directives.review.reportedDone', { date: formatDate(reportedDoneOn) })}</Text>
          <Group gap="xs">
            <Text size="sm">{t('directives.review.outcome')}</Text>
            <DirectiveBucketBadge
              bucket={deriveDirectiveBucket(
                { dueDate: directive.dueDate, completedOn: reportedDoneOn },
                reportedDoneOn,
              )}
            />
          </Group>
        </Stack>
      )}
    </DecisionForm>
  );
}
