import { Badge } from '@mantine/core';
import type { DirectiveBucket } from '@partrack/contracts';
import {
  type Icon,
  IconAlertTriangle,
  IconCircleCheck,
  IconClockExclamation,
  IconHourglassHigh,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Okabe–Ito colours, which readers with any common colour-vision deficiency can tell apart, each with a
 * text colour of at least 5:1 contrast; the icon and the words carry the meaning on their own as well.
 */
export const bucketStyles: Record<DirectiveBucket, { background: string; color: string; icon: Icon }> = {
  done_on_time: { background: '#0072B2', color: '#FFFFFF', icon: IconCircleCheck },
  done_late: { background: '#E69F00', color: '#000000', icon: IconClockExclamation },
  open_within_deadline: { background: '#56B4E9', color: '#000000', icon: IconHourglassHigh },
  open_overdue: { background: '#D55E00', color: '#000000', icon: IconAlertTriangle },
};

/** The status of a directive, derived by the API from its due and completion dates (four buckets). */
export function DirectiveBucketBadge({ bucket }: { bucket: DirectiveBucket }) {
  const { t } = useTranslation();
  const { background, color, icon: BucketIcon } = bucketStyles[bucket];
  return (
    <Badge
      tt="none"
      radius="sm"
      miw="max-content"
      leftSection={<BucketIcon size={14} aria-hidden />}
      styles={{ root: { backgroundColor: background, color } }}
      data-bucket={bucket}
    >
      {t(`directiveBuckets.${bucket}`)}
    </Badge>
  );
}
