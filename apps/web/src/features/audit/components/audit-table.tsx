import { ActionIcon, Badge, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { type AuditAction, AuditEntityTypeSchema, type AuditEvent } from '@partrack/contracts';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { createColumnHelper, rowExpandingFeature, tableFeatures, useTable } from '@tanstack/react-table';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { entityNameOf } from '../utils/describe-audit-event';
import { AuditChange } from './audit-change';

const features = tableFeatures({ rowExpandingFeature });
const column = createColumnHelper<typeof features, AuditEvent>();

function actionColor(action: AuditAction): string {
  if (action === 'auth.login_failed' || action === 'auth.refresh_reuse_detected') return 'red';
  if (action.startsWith('auth.')) return 'gray';
  return 'blue';
}

export interface AuditTableProps {
  events: AuditEvent[];
  isFetching?: boolean;
}

/** The audit trail as given (newest first); each row opens to show the record before and after. */
export function AuditTable({ events, isFetching = false }: AuditTableProps) {
  const { t } = useTranslation();

  const columns = useMemo(
    () =>
      column.columns([
        column.display({
          id: 'expand',
          header: () => <VisuallyHidden>{t('audit.details.label')}</VisuallyHidden>,
          cell: ({ row }) => {
            const isExpanded = row.getIsExpanded();
            return (
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-expanded={isExpanded}
                aria-controls={isExpanded ? `audit-details-${row.id}` : undefined}
                aria-label={t(isExpanded ? 'audit.details.hide' : 'audit.details.show', { seq: row.original.seq })}
                onClick={() => row.toggleExpanded()}
              >
                {isExpanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
              </ActionIcon>
            );
          },
        }),
        column.accessor('occurredAt', {
          header: () => t('audit.fields.occurredAt'),
          cell: (info) => (
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {formatDateTime(info.getValue())}
            </Text>
          ),
        }),
        column.accessor('actor', {
          header: () => t('audit.fields.actor'),
          cell: (info) =>
            info.getValue()?.username ?? (
              <Text span size="sm" c="dimmed">
                {t('audit.noActor')}
              </Text>
            ),
        }),
        column.accessor('action', {
          header: () => t('audit.fields.action'),
          cell: (info) => (
            // At least as wide as its words: a badge would otherwise cut them short in a narrow column.
            <Badge variant="light" color={actionColor(info.getValue())} tt="none" miw="max-content">
              {t(`audit.actions.${info.getValue()}`)}
            </Badge>
          ),
        }),
        column.display({
          id: 'entity',
          header: () => t('audit.fields.entity'),
          cell: ({ row }) => {
            const { entityType, entityId } = row.original;
            // A type the contract no longer lists (an old event) shows as recorded.
            const type = AuditEntityTypeSchema.safeParse(entityType).data;
            const name = entityNameOf(row.original);
            return (
              <Stack gap={0}>
                <Text size="sm">
                  {type ? t(`audit.entityTypes.${type}`) : entityType}
                  {name && ` · ${name}`}
                </Text>
                {entityId && (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {entityId}
                  </Text>
                )}
              </Stack>
            );
          },
        }),
        column.accessor('ip', {
          header: () => t('audit.fields.ip'),
          cell: (info) => (
            <Text size="sm" ff="monospace">
              {info.getValue() ?? '—'}
            </Text>
          ),
        }),
        column.accessor('requestId', {
          header: () => t('audit.fields.requestId'),
          cell: (info) => (
            <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {info.getValue() ?? '—'}
            </Text>
          ),
        }),
      ]),
    [t],
  );

  const table = useTable({
    features,
    columns,
    data: events,
    getRowId: (event) => String(event.seq),
    getRowCanExpand: () => true,
    // An event opened stays open when the list is fetched again (rows are keyed by sequence number).
    autoResetExpanded: false,
  });
  const columnCount = table.getAllLeafColumns().length;

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        aria-label={t('audit.tableLabel')}
        aria-busy={isFetching}
        verticalSpacing="xs"
        highlightOnHover
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
            <Fragment key={row.id}>
              <Table.Tr>
                {row.getAllCells().map((cell) => (
                  <Table.Td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </Table.Td>
                ))}
              </Table.Tr>
              {row.getIsExpanded() && (
                <Table.Tr id={`audit-details-${row.id}`} bg="gray.0">
                  <Table.Td colSpan={columnCount}>
                    <AuditChange event={row.original} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
