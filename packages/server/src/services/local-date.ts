/**
 * A person's calendar date in their own time zone: a walk at 23:30 in Amsterdam belongs to that
 * day, whatever the server's clock says.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (format === undefined) {
    // Building a formatter is slow; a server asks for the same few zones all day.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** `YYYY-MM-DD` of `now` in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  return formatFor(timeZone).format(now);
}

export function isTimeZone(value: string): boolean {
  try {
    formatFor(value);
    return true;
  } catch {
    return false;
  }
}
