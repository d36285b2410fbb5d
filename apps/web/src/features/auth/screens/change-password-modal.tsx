import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../api/change-password';
import { ChangePasswordForm } from '../components/change-password-form';

export interface ChangePasswordModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Changing one's own password; the new session replaces this one, so the reader stays signed in. */
export function ChangePasswordModal({ opened, onClose }: ChangePasswordModalProps) {
  const { t } = useTranslation();
  const mutation = useChangePassword();
  const close = () => {
    mutation.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('auth.changePassword.title')} centered>
      {mutation.isSuccess ? (
        <Stack gap="md">
          <Alert role="status" color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
            {t('auth.changePassword.success')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <ChangePasswordForm
          onSubmit={(body) => mutation.mutate(body)}
          onCancel={close}
          isSubmitting={mutation.isPending}
          error={mutation.error}
        />
      )}
    </Modal>
  );
}
