import { Text, type TextProps } from '@mantine/core';
import type { Unit } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';

type Validity = Pick<Unit, 'validFrom' | 'validTo'>;

/** "hiệu lực đến 30/06/2025": when a unit existed, with open ends left unsaid. */
export function useValidityText({ validFrom, validTo }: Validity): string {
  const { t } = useTranslation();
  const from = validFrom ? formatDate(validFrom) : null;
  const to = validTo ? formatDate(validTo) : null;
  if (from && to) return t('units.validity.range', { from, to });
  if (to) return t('units.validity.until', { to });
  if (from) return t('units.validity.from', { from });
  return t('units.validity.open');
}

export type UnitValidityProps = Validity & TextProps;

export function UnitValidity({ validFrom, validTo, ...textProps }: UnitValidityProps) {
  const text = useValidityText({ validFrom, validTo });
  return (
    <Text size="sm" c="dimmed" {...textProps}>
      {text}
    </Text>
  );
}
