import { Badge, type MantineColor } from '@mantine/core';
import type { UnitLevel } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';

const levelColors: Record<UnitLevel, MantineColor> = {
  province: 'blue',
  department: 'grape',
  district: 'teal',
  commune: 'orange',
};

export function UnitLevelBadge({ level }: { level: UnitLevel }) {
  const { t } = useTranslation();
  return (
    <Badge color={levelColors[level]} variant="light" radius="sm" tt="none" style={{ flexShrink: 0 }}>
      {t(`units.levels.${level}`)}
    </Badge>
  );
}
