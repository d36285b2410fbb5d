import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DirectiveNextStep } from '../utils/next-step';

const colors = {
  report: 'blue',
  answer_again: 'red',
  await_review: 'violet',
  extension_pending: 'grape',
  done: 'teal',
};

/** "What to do next": a call to act when it is the reader's turn, a plain note when someone else's. */
export function NextStepLabel({ step, isMine }: DirectiveNextStep) {
  const { t } = useTranslation();
  const label = t(`directives.nextSteps.${isMine ? 'mine' : 'theirs'}.${step}`);
  if (!isMine) {
    return (
      <Text size="sm" c="dimmed" data-step={step}>
        {label}
      </Text>
    );
  }
  return (
    <Badge color={colors[step]} variant="light" tt="none" radius="sm" miw="max-content" data-step={step} data-mine>
      {label}
    </Badge>
  );
}
