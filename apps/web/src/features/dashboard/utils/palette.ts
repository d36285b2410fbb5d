import type { DirectiveBucket } from '@partrack/contracts';

/**
 * Okabe–Ito colours (Okabe & Ito, 2008), told apart with every common colour-vision deficiency; every
 * chart also writes its numbers as labels and in a table, so colour never carries a number alone.
 */
export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export const bucketColours: Record<DirectiveBucket, string> = {
  done_on_time: okabeIto.bluishGreen,
  done_late: okabeIto.orange,
  open_within_deadline: okabeIto.blue,
  open_overdue: okabeIto.vermillion,
};

export const rateColours = { computed: okabeIto.blue, reported: okabeIto.skyBlue, target: okabeIto.black } as const;
