import { Modal } from '@mantine/core';
import type { User } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { useUnitSearch } from '../../../components/use-unit-search';
import { useCreateUser } from '../api/create-user';
import { CreateUserForm } from '../components/create-user-form';

export interface CreateUserModalProps {
  onClose: () => void;
  onCreated: (user: User) => void;
}

/** Rendered only while open, so each opening starts with an empty form. */
export function CreateUserModal({ onClose, onCreated }: CreateUserModalProps) {
  const { t } = useTranslation();
  const mutation = useCreateUser();
  const unitSearch = useUnitSearch();

  return (
    <Modal opened onClose={onClose} title={t('users.create.title')} size="lg">
      <CreateUserForm
        unitSearch={unitSearch}
        onSubmit={(body) => mutation.mutate(body, { onSuccess: onCreated })}
        onCancel={onClose}
        isSubmitting={mutation.isPending}
        error={mutation.error}
      />
    </Modal>
  );
}
