import { Box, Group, Pagination, Stack, Text } from '@mantine/core';
import type { Unit } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { UnitRow } from './unit-row';

export interface UnitPagedListProps {
  units: Unit[];
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** Names the list for assistive technology. */
  label: string;
  emptyMessage: string;
  emptyHint?: string;
  /** A newer page is on its way; the current one stays visible but dimmed. */
  isFetching?: boolean;
  /** Name each unit's parent: for lists that mix branches, not for the children of one unit. */
  showParent?: boolean;
}

/** A page of units with a "showing x–y of n" summary and page controls. */
export function UnitPagedList({
  units,
  total,
  page,
  pageSize,
  onPageChange,
  label,
  emptyMessage,
  emptyHint,
  isFetching = false,
  showParent = false,
}: UnitPagedListProps) {
  const { t } = useTranslation();
  const format = useFormat();

  if (total === 0 || units.length === 0) {
    return (
      <Stack gap={4} py="md">
        <Text fw={500}>{emptyMessage}</Text>
        {emptyHint && (
          <Text size="sm" c="dimmed">
            {emptyHint}
          </Text>
        )}
      </Stack>
    );
  }

  const first = (page - 1) * pageSize + 1;
  const last = first + units.length - 1;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  return (
    <Stack gap="sm" aria-busy={isFetching} style={{ opacity: isFetching ? 0.6 : 1, transition: 'opacity 120ms' }}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('units.results.summary', {
          from: format.number(first),
          to: format.number(last),
          total: format.number(total),
        })}
      </Text>
      <Box component="ul" aria-label={label} m={0} p={0} style={{ listStyle: 'none' }}>
        {units.map((unit, index) => (
          <Box
            key={unit.id}
            component="li"
            py="xs"
            style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
          >
            <UnitRow unit={unit} showParent={showParent} />
          </Box>
        ))}
      </Box>
      {pageCount > 1 && (
        <Group component="nav" aria-label={t('units.results.pagination')} justify="center">
          <Pagination
            total={pageCount}
            value={Math.min(page, pageCount)}
            onChange={onPageChange}
            withEdges
            getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
            getItemProps={(item) => ({
              'aria-label': t('common.pagination.page', { page: format.number(item) }),
              'aria-current': item === page ? 'page' : undefined,
            })}
          />
        </Group>
      )}
    </Stack>
  );
}
