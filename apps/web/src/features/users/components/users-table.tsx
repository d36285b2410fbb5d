import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { User } from '@partrack/contracts';
import { IconKey, IconPencil } from '@tabler/icons-react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, User>();

export interface UsersTableProps {
  users: User[];
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  /** A newer page is on its way; the current one stays visible but dimmed. */
  isFetching?: boolean;
}

/** One page of users: who they are, their role and unit, whether they may sign in, and what to do. */
export function UsersTable({ users, onEdit, onResetPassword, isFetching = false }: UsersTableProps) {
  const { t } = useTranslation();

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('username', {
          header: () => t('users.fields.username'),
          cell: (info) => (
            <Text size="sm" ff="monospace">
              {info.getValue()}
            </Text>
          ),
        }),
        column.accessor('displayName', { header: () => t('users.fields.displayName') }),
        column.accessor('role', {
          header: () => t('users.fields.role'),
          cell: (info) => (
            <Badge variant="light" color={info.getValue() === 'admin' ? 'grape' : 'blue'} tt="none">
              {t(`roles.${info.getValue()}`)}
            </Badge>
          ),
        }),
        column.accessor('unit', {
          header: () => t('users.fields.unit'),
          cell: (info) =>
            info.getValue()?.name ?? (
              <Text span size="sm" c="dimmed">
                {t('users.allUnits')}
              </Text>
            ),
        }),
        column.accessor('isActive', {
          header: () => t('users.fields.status'),
          cell: (info) =>
            info.getValue() ? (
              <Badge variant="light" color="green" tt="none">
                {t('users.status.active')}
              </Badge>
            ) : (
              <Badge variant="light" color="gray" tt="none">
                {t('users.status.disabled')}
              </Badge>
            ),
        }),
        column.display({
          id: 'actions',
          header: () => <VisuallyHidden>{t('users.actions')}</VisuallyHidden>,
          cell: ({ row }) => (
            <Group gap={4} wrap="nowrap" justify="flex-end">
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconPencil size={14} aria-hidden />}
                aria-label={t('users.edit.action', { username: row.original.username })}
                onClick={() => onEdit(row.original)}
              >
                {t('users.edit.short')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconKey size={14} aria-hidden />}
                aria-label={t('users.resetPassword.action', { username: row.original.username })}
                onClick={() => onResetPassword(row.original)}
              >
                {t('users.resetPassword.short')}
              </Button>
            </Group>
          ),
        }),
      ]),
    [t, onEdit, onResetPassword],
  );

  const table = useTable({ features, columns, data: users, getRowId: (user) => user.id });

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        aria-label={t('users.tableLabel')}
        aria-busy={isFetching}
        striped
        highlightOnHover
        verticalSpacing="xs"
        style={{ opacity: isFetching ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => (
                <Table.Th key={header.id} scope="col">
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr key={row.id} style={row.original.isActive ? undefined : { color: 'var(--mantine-color-dimmed)' }}>
              {row.getAllCells().map((cell) => (
                <Table.Td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
