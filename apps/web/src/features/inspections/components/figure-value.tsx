import { Text } from '@mantine/core';
import type { Figure } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { formatFigureValue } from '../utils/format-figures';

/** A figure's value with its qualifier, as the report said it: `trên 400`, `dưới 3`, `57,14 %`. */
export function FigureValue({ figure }: { figure: Pick<Figure, 'indicator' | 'value' | 'qualifier'> }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  return (
    <Text span size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
      {formatFigureValue(t, language, figure)}
    </Text>
  );
}
