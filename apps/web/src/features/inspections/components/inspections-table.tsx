import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import type { InspectionListItem } from '@partrack/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bucketStyles } from '../../../components/directive-bucket-badge';
import { formatDate, formatNumber, useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, InspectionListItem>();

export interface InspectionsTableProps {
  inspections: InspectionListItem[];
  /** A newer page is on its way; the current one stays visible but dimmed. */
  isFetching?: boolean;
}

/** One page of inspections: when, where, what kind, who led it, and how its directives stand. */
export function InspectionsTable({ inspections, isFetching = false }: InspectionsTableProps) {
  const { t } = useTranslation();
  const { language } = useFormat();

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('date', {
          header: () => t('inspections.list.columns.date'),
          cell: ({ row }) => (
            <Stack gap={0}>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(row.original.date)}
              </Text>
              {row.original.partOfDay && (
                <Text size="xs" c="dimmed">
                  {t(`inspections.partsOfDay.${row.original.partOfDay}`)}
                </Text>
              )}
            </Stack>
          ),
        }),
        column.accessor('unit', {
          header: () => t('inspections.list.columns.unit'),
          cell: ({ row }) => {
            const { id, unit, date, topic, deletedAt } = row.original;
            return (
              <Stack gap={2}>
                <Anchor
                  component={Link}
                  to={paths.inspections.detail(id)}
                  fw={600}
                  size="sm"
                  title={t('inspections.list.open', { unit: unit.name, date: formatDate(date) })}
                >
                  {unit.name}
                </Anchor>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {topic}
                </Text>
                {deletedAt && (
                  <Badge color="gray" variant="outline" size="xs" tt="none" w="fit-content">
                    {t('inspections.list.deleted')}
                  </Badge>
                )}
              </Stack>
            );
          },
        }),
        column.accessor('kind', {
          header: () => t('inspections.list.columns.kind'),
          cell: (info) => <Text size="sm">{t(`inspections.kinds.${info.getValue()}`)}</Text>,
        }),
        column.accessor('leader', {
          header: () => t('inspections.list.columns.leader'),
          cell: (info) => {
            const leader = info.getValue();
            if (!leader) return <Text c="dimmed">{t('inspections.detail.none')}</Text>;
            return (
              <Stack gap={0}>
                <Text size="sm">{leader.name}</Text>
                {leader.title && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {leader.title}
                  </Text>
                )}
              </Stack>
            );
          },
        }),
        column.accessor('directiveCount', {
          header: () => t('inspections.list.columns.directives'),
          cell: (info) => <Text size="sm">{formatNumber(info.getValue(), language)}</Text>,
        }),
        column.accessor('overdueDirectiveCount', {
          header: () => t('inspections.list.columns.overdue'),
          cell: (info) => {
            const count = info.getValue();
            if (count === 0) return <Text size="sm">{formatNumber(0, language)}</Text>;
            const { background, color } = bucketStyles.open_overdue;
            return (
              <Badge
                tt="none"
                radius="sm"
                miw="max-content"
                leftSection={<IconAlertTriangle size={14} aria-hidden />}
                styles={{ root: { backgroundColor: background, color } }}
              >
                {t('inspections.list.overdue', { count: formatNumber(count, language) })}
              </Badge>
            );
          },
        }),
      ]),
    [t, language],
  );

  const table = useTable({ features, columns, data: inspections, getRowId: (inspection) => inspection.id });

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table
        aria-label={t('inspections.list.tableLabel')}
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
                <Table.Th key={header.id} scope="col" style={{ whiteSpace: 'nowrap' }}>
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr key={row.id} data-overdue={row.original.overdueDirectiveCount > 0 || undefined}>
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
