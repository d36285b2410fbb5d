import { Text } from '@mantine/core';
import type { OnTimeRate } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { describeRate } from '../utils/format-figures';

export interface OnTimeRateValueProps {
  rate: Pick<OnTimeRate, 'basis' | 'rate' | 'numerator' | 'denominator'>;
}

/** `100,00 % (2.763 / 2.763)`, `99,9 % (số liệu báo cáo)` or `không có số liệu`: unknown is never shown as 0. */
export function OnTimeRateValue({ rate }: OnTimeRateValueProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const text = describeRate(t, language, rate);
  if (rate.basis === 'not_reported') {
    return (
      <Text span size="sm" c="dimmed" fs="italic">
        {text.value}
      </Text>
    );
  }
  return (
    <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
      <Text span fw={700} inherit>
        {text.value}
      </Text>
      {text.detail && (
        <Text span c="dimmed" inherit>
          {` ${text.detail}`}
        </Text>
      )}
    </Text>
  );
}
