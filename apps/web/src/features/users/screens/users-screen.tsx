import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { User } from '@partrack/contracts';
import { IconCircleCheck, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { Pager } from '../../../components/pager';
import { useUsers } from '../api/get-users';
import { UserFiltersBar } from '../components/user-filters-bar';
import { UsersTable } from '../components/users-table';
import { emptyUserFilters, toUsersQuery, type UserListFilters, updateUserFilters } from '../utils/user-filters';
import { CreateUserModal } from './create-user-modal';
import { EditUserModal } from './edit-user-modal';
import { ResetPasswordModal } from './reset-password-modal';

export interface UsersScreenProps {
  filters: UserListFilters;
  /** `replace` asks not to add a history entry (refining a search keystroke by keystroke). */
  onFiltersChange: (filters: UserListFilters, options: { replace: boolean }) => void;
}

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'resetPassword'; user: User } | null;

/** Accounts: find them, create them, change their role or unit, disable them, reset their password. */
export function UsersScreen({ filters, onFiltersChange }: UsersScreenProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('users.title')} · ${t('app.name')}`);
  const query = useUsers(toUsersQuery(filters));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const lastPage = query.data ? Math.max(1, Math.ceil(query.data.total / query.data.pageSize)) : null;

  const handlePageChange = useCallback(
    (page: number) => onFiltersChange({ ...filters, page }, { replace: false }),
    [filters, onFiltersChange],
  );
  const handleEdit = useCallback((user: User) => setDialog({ kind: 'edit', user }), []);
  const handleResetPassword = useCallback((user: User) => setDialog({ kind: 'resetPassword', user }), []);

  // A stale link can point past the end: go to the last page.
  useEffect(() => {
    if (lastPage !== null && !query.isPlaceholderData && filters.page > lastPage) handlePageChange(lastPage);
  }, [lastPage, filters.page, query.isPlaceholderData, handlePageChange]);

  const closeWith = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('users.title')}</Title>
        <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
          {t('users.create.open')}
        </Button>
      </Group>
      {notice && (
        <Alert
          role="status"
          color="green"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      <UserFiltersBar
        filters={filters}
        onChange={(change) => {
          const isRefiningSearch = change.q !== undefined && filters.q.trim() !== '' && change.q.trim() !== '';
          onFiltersChange(updateUserFilters(filters, change), { replace: isRefiningSearch });
        }}
        onClear={() => onFiltersChange(emptyUserFilters, { replace: false })}
      />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text fw={500} py="md">
          {t('users.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          <UsersTable
            users={query.data.items}
            onEdit={handleEdit}
            onResetPassword={handleResetPassword}
            isFetching={query.isPlaceholderData}
          />
          <Pager
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            count={query.data.items.length}
            onPageChange={handlePageChange}
            summary={(range) => t('users.summary', range)}
            label={t('users.pagination')}
          />
        </Stack>
      )}
      {dialog?.kind === 'create' && (
        <CreateUserModal
          onClose={() => setDialog(null)}
          onCreated={(user) => closeWith(t('users.create.done', { username: user.username }))}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditUserModal
          user={dialog.user}
          onClose={() => setDialog(null)}
          onSaved={(user) => closeWith(t('users.edit.done', { username: user.username }))}
        />
      )}
      {dialog?.kind === 'resetPassword' && (
        <ResetPasswordModal
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={(user) => closeWith(t('users.resetPassword.done', { username: user.username }))}
        />
      )}
    </Stack>
  );
}
