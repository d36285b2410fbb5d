import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type RefObject, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

export interface UnsavedChangesGuardProps {
  /** Whether leaving now would lose something. */
  when: boolean;
  /** Set just before navigating away on purpose (after saving), which then goes through unasked. */
  isLeavingRef?: RefObject<boolean>;
}

/**
 * Asks before leaving a form with unsaved changes: within the application (links, back button) with a
 * dialog, and on reload or closing the tab with the browser's own question.
 */
export function UnsavedChangesGuard({ when, isLeavingRef }: UnsavedChangesGuardProps) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when &&
      !isLeavingRef?.current &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('inspections.form.leave.title')}
    >
      <Stack gap="md">
        <Text size="sm">{t('inspections.form.leave.body')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
            {t('inspections.form.leave.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t('inspections.form.leave.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
