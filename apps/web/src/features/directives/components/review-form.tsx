import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type DirectiveSummary, deriveDirectiveBucket } from '@partrack/contracts';
import { IconArrowBackUp, IconCircleCheck } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DirectiveBucketBadge } from '../../../components/directive-bucket-badge';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../lib/format';
import type { ReviewDirectiveBody } from '../api/review-directive';
import { hasDirectiveErrorBeyondFields, toDirectiveFieldErrors } from '../utils/directive-form-errors';

const FIELDS = ['comment'] as const;
const MAX_COMMENT_LENGTH = 2000;

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
  const form = useForm({ initialValues: { comment: '' } });
  const { setErrors } = form;
  const { reportedDoneOn } = directive;

  useEffect(() => {
    const fieldErrors = toDirectiveFieldErrors(t, error, FIELDS);
    if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
  }, [error, setErrors, t]);

  const submit = (decision: ReviewDirectiveBody['decision']) => {
    const comment = form.values.comment.trim();
    if (decision === 'return' && comment === '') {
      form.setFieldError('comment', t('directives.review.commentRequired'));
      return;
    }
    if (comment.length > MAX_COMMENT_LENGTH) {
      form.setFieldError('comment', t('forms.tooLong', { max: MAX_COMMENT_LENGTH }));
      return;
    }
    onSubmit({ decision, comment: comment === '' ? null : comment });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit('accept');
      }}
    >
      <Stack gap="md">
        {hasDirectiveErrorBeyondFields(error, FIELDS) && <ErrorAlert error={error} title={t('forms.saveFailed')} />}
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
        <Textarea
          label={t('directives.review.comment')}
          description={t('directives.review.commentHint')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            color="red"
            leftSection={<IconArrowBackUp size={16} aria-hidden />}
            onClick={() => submit('return')}
            loading={submitting === 'return'}
            disabled={submitting === 'accept'}
          >
            {t('directives.review.return')}
          </Button>
          <Button
            type="submit"
            leftSection={<IconCircleCheck size={16} aria-hidden />}
            loading={submitting === 'accept'}
            disabled={submitting === 'return'}
          >
            {t('directives.review.accept')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
