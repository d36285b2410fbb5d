import { Anchor, Group, Text } from '@mantine/core';
import type { Unit } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { UnitLevelBadge } from './unit-level-badge';
import { UnitValidity } from './unit-validity';

export interface UnitRowProps {
  unit: Unit;
  /** Name the parent after the unit, where rows from many branches meet (the many "Phường 1"). */
  showParent?: boolean;
}

/** One unit on one line: level, name linking to its page, optionally its parent, code and validity. */
export function UnitRow({ unit, showParent = false }: UnitRowProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap" align="center">
      <UnitLevelBadge level={unit.level} />
      <Anchor component={Link} to={paths.units.detail(unit.id)} fw={500}>
        {unit.name}
      </Anchor>
      {showParent && unit.parent && (
        <Text size="sm" c="dimmed">
          {t('units.parentOf', { name: unit.parent.name })}
        </Text>
      )}
      {unit.code && (
        <Text size="sm" c="dimmed">
          {t('units.code', { code: unit.code })}
        </Text>
      )}
      <UnitValidity validFrom={unit.validFrom} validTo={unit.validTo} />
    </Group>
  );
}
