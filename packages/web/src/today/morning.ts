import type { Walk } from '../api/client.js';

/** The day before `today`, `YYYY-MM-DD`, counted on the calendar (no time zones involved). */
export function dayBefore(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Yesterday's walks that still wait for the next morning's pain score. */
export function awaitingMorningPain(walks: readonly Walk[], today: string): Walk[] {
  const yesterday = dayBefore(today);
  return walks.filter((walk) => walk.date === yesterday && walk.painNextMorning === null);
}
