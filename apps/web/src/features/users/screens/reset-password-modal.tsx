import { Modal } from '@mantine/core';
import type { User } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { useResetUserPassword } from '../api/reset-user-password';
import { ResetPasswordForm } from '../components/reset-password-form';

export interface ResetPasswordModalProps {
  user: User;
  onClose: () => void;
  onDone: (user: User) => void;
}

export function ResetPasswordModal({ user, onClose, onDone }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  const mutation = useResetUserPassword();

  return (
    <Modal opened onClose={onClose} title={t('users.resetPassword.title', { username: user.username })}>
      <ResetPasswordForm
        username={user.username}
        onSubmit={(body) => mutation.mutate({ id: user.id, body }, { onSuccess: () => onDone(user) })}
        onCancel={onClose}
        isSubmitting={mutation.isPending}
        error={mutation.error}
      />
    </Modal>
  );
}
