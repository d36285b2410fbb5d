import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A labelled spinner: screen readers hear "loading" instead of silence. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Group role="status" gap="xs" py="sm">
      <Loader size="sm" aria-hidden />
      <Text size="sm" c="dimmed">
        {label ?? t('common.loading')}
      </Text>
    </Group>
  );
}
