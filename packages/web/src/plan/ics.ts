/**
 * The planned walks as an iCalendar file (RFC 5545), for any calendar app. Morning, afternoon and
 * evening walks get a time a person can move; "any time" walks are all-day reminders.
 */
import type { PartOfDay, PlanOutput } from '@wandelcoach/engine';

const START_HOUR: Readonly<Record<Exclude<PartOfDay, 'any'>, number>> = {
  morning: 9,
  afternoon: 14,
  evening: 19,
};

/** Text values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (§3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (new TextEncoder().encode(current + char).length > limit) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compactDate(iso: string): string {
  return iso.replaceAll('-', '');
}

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export interface IcsWords {
  /** e.g. "Wandelen: 10 minuten" — the title of each walk. */
  title: (kind: 'forward' | 'retro', minutes: number) => string;
  description: string;
}

/** The calendar; `stamp` is when it was made (`YYYYMMDDTHHMMSSZ`), `uidDomain` makes ids unique. */
export function planToIcs(
  output: PlanOutput,
  words: IcsWords,
  stamp: string,
  uidDomain = 'wandelcoach',
): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Wandelcoach//Plan//NL', 'CALSCALE:GREGORIAN'];
  for (const week of output.plan?.weeks ?? []) {
    for (const day of week.days) {
      day.sessions.forEach((session, index) => {
        lines.push('BEGIN:VEVENT', `UID:${day.date}-${String(index)}@${uidDomain}`, `DTSTAMP:${stamp}`);
        if (session.partOfDay === 'any') {
          lines.push(
            `DTSTART;VALUE=DATE:${compactDate(day.date)}`,
            `DTEND;VALUE=DATE:${compactDate(nextDay(day.date))}`,
          );
        } else {
          const hour = String(START_HOUR[session.partOfDay]).padStart(2, '0');
          // Floating local time: the walk is at nine in the morning wherever the person is.
          lines.push(
            `DTSTART:${compactDate(day.date)}T${hour}0000`,
            `DURATION:PT${String(Math.ceil(session.minutes))}M`,
          );
        }
        lines.push(
          fold(`SUMMARY:${text(words.title(session.kind, session.minutes))}`),
          fold(`DESCRIPTION:${text(words.description)}`),
          'END:VEVENT',
        );
      });
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
