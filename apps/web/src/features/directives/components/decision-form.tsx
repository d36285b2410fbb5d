import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { hasDirectiveErrorBeyondFields, toDirectiveFieldErrors } from '../utils/directive-form-errors';

const FIELDS = ['comment'] as const;
const MAX_COMMENT_LENGTH = 2000;

export interface DecisionChoice<Decision extends string> {
  decision: Decision;
  label: string;
  icon: ReactNode;
}

export interface DecisionFormProps<Decision extends string> {
  /** What is being decided on, shown above the comment. */
  children?: ReactNode;
  commentLabel: string;
  commentHint?: string;
  /** The button Enter presses. */
  approve: DecisionChoice<Decision>;
  /** The red one; `commentRequired` says why it needs a comment, when it does. */
  refuse: DecisionChoice<Decision> & { commentRequired?: string };
  onDecide: (decision: Decision, comment: string | null) => void;
  /** Which button was pressed, while its request is on its way. */
  submitting: Decision | null;
  error?: unknown;
}

/**
 * A decision of the inspecting side with an optional comment and two buttons: accepting or returning
 * a reported completion, approving or rejecting a request for more time.
 */
export function DecisionForm<Decision extends string>({
  children,
  commentLabel,
  commentHint,
  approve,
  refuse,
  onDecide,
  submitting,
  error,
}: DecisionFormProps<Decision>) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { comment: '' } });
  const { setErrors } = form;

  useEffect(() => {
    const fieldErrors = toDirectiveFieldErrors(t, error, FIELDS);
    if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
  }, [error, setErrors, t]);

  const submit = (decision: Decision) => {
    const comment = form.values.comment.trim();
    if (decision === refuse.decision && refuse.commentRequired && comment === '') {
      form.setFieldError('comment', refuse.commentRequired);
      return;
    }
    if (comment.length > MAX_COMMENT_LENGTH) {
      form.setFieldError('comment', t('forms.tooLong', { max: MAX_COMMENT_LENGTH }));
      return;
    }
    onDecide(decision, comment === '' ? null : comment);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(approve.decision);
      }}
    >
      <Stack gap="md">
        {hasDirectiveErrorBeyondFields(error, FIELDS) && <ErrorAlert error={error} title={t('forms.saveFailed')} />}
        {children}
        <Textarea
          label={commentLabel}
          description={commentHint}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            color="red"
            leftSection={refuse.icon}
            onClick={() => submit(refuse.decision)}
            loading={submitting === refuse.decision}
            disabled={submitting === approve.decision}
          >
            {refuse.label}
          </Button>
          <Button
            type="submit"
            leftSection={approve.icon}
            loading={submitting === approve.decision}
            disabled={submitting === refuse.decision}
          >
            {approve.label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
