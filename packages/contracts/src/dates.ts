import { z } from 'zod';

/** A calendar date as `YYYY-MM-DD` (no time, no zone): how every date crosses HTTP. */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const IdSchema = z.uuid();
export const IdParamsSchema = z.object({ id: IdSchema });
export type IdParams = z.infer<typeof IdParamsSchema>;

/** The time zone of every date and moment partrack shows (UTC+7, no daylight saving). */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Made once: building a formatter costs far more than using one, and every request asks the date. */
const vietnamDate = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE });

/** Vietnam's calendar date now (UTC+7): what "today" means for due dates and "not in the future". */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDate.format(now);
}
