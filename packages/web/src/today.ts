import { localDate } from '@wandelcoach/engine';

/** The person's calendar date on this device, `YYYY-MM-DD`: a walk late in the evening is still that day. */
export function localToday(now: Date = new Date()): string {
  return localDate(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
}
