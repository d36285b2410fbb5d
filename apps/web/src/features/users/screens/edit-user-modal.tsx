import { Modal } from '@mantine/core';
import type { User } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { useUnitSearch } from '../../../components/use-unit-search';
import { useSession } from '../../../lib/session';
import { useUpdateUser } from '../api/update-user';
import { EditUserForm } from '../components/edit-user-form';

export interface EditUserModalProps {
  user: User;
  onClose: () => void;
  onSaved: (user: User) => void;
}

export function EditUserModal({ user, onClose, onSaved }: EditUserModalProps) {
  const { t } = useTranslation();
  const session = useSession();
  const mutation = useUpdateUser();
  const unitSearch = useUnitSearch();

  return (
    <Modal opened onClose={onClose} title={t('users.edit.title', { username: user.username })} size="lg">
      <EditUserForm
        user={user}
        isSelf={session.user?.id === user.id}
        unitSearch={unitSearch}
        onSubmit={(body) => mutation.mutate({ id: user.id, body }, { onSuccess: onSaved })}
        onCancel={onClose}
        isSubmitting={mutation.isPending}
        error={mutation.error}
      />
    </Modal>
  );
}
