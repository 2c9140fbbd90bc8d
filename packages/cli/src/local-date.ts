/**
 * The calendar date on this computer. A plan is about the person's day, so late in the evening in
 * Amsterdam it must still be that day, not already tomorrow in UTC.
 */
export function localDate(now: Date): string {
  const year = String(now.getFullYear()).padStart(4, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
