import { Badge, Group, Text } from '@mantine/core';
import type { DirectiveSummary } from '@partrack/contracts';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';

/**
 * The original due date, which statistics count against, with the extended one beside it: an extension
 * moves the date the unit works to, never the one its lateness is measured by.
 */
export function DirectiveDueDates({ dueDate, extendedDueDate }: Pick<DirectiveSummary, 'dueDate' | 'extendedDueDate'>) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" align="center">
      {dueDate ? (
        <Text span size="sm" style={{ whiteSpace: 'nowrap' }} data-due="original">
          {formatDate(dueDate)}
        </Text>
      ) : (
        <Text span size="sm" c="dimmed">
          {t('directives.due.none')}
        </Text>
      )}
      {extendedDueDate && (
        <Badge
          variant="outline"
          color="gray"
          tt="none"
          radius="sm"
          miw="max-content"
          leftSection={<IconCalendarPlus size={12} aria-hidden />}
          data-due="extended"
        >
          {t('directives.due.extended', { date: formatDate(extendedDueDate) })}
        </Badge>
      )}
    </Group>
  );
}
