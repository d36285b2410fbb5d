import { Group, Pagination, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format';

export interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** Items on this page. */
  count: number;
  onPageChange: (page: number) => void;
  /** "Showing {{from}}–{{to}} of {{total}} …", given the formatted numbers. */
  summary: (range: { from: string; to: string; total: string }) => string;
  /** Names the page controls for assistive technology. */
  label: string;
}

/** "Showing x–y of n" and page controls (only when there is more than one page). */
export function Pager({ page, pageSize, total, count, onPageChange, summary, label }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;

  return (
    <Stack gap="xs">
      {count > 0 && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {summary({ from: format.number(from), to: format.number(from + count - 1), total: format.number(total) })}
        </Text>
      )}
      {pageCount > 1 && (
        <Group component="nav" aria-label={label} justify="center">
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
