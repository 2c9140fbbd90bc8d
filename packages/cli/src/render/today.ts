/** The walks of the day at hand, in full. */
import { dayNumber, type Locale, type Plan } from '@wandelcoach/engine';
import { t } from '../messages/index.js';
import { formatDay } from './dates.js';
import { heading, wrap } from './layout.js';
import { sessionDetails } from './session.js';

export function renderToday(locale: Locale, plan: Plan, today: string): string[] {
  const lines = heading(t(locale, 'today.heading', { date: formatDay(locale, today) }));
  const days = plan.weeks.flatMap((week) => week.days);
  const day = days.find((d) => d.date === today);
  const first = days[0];
  const last = days.at(-1);

  if (day === undefined) {
    // Today may lie before the start date (a plan made in advance) or after the last planned week.
    if (first !== undefined && dayNumber(today) < dayNumber(first.date)) {
      lines.push(...wrap(t(locale, 'today.before-start', { date: formatDay(locale, first.date) }), '  '));
    } else if (last !== undefined) {
      lines.push(...wrap(t(locale, 'today.after-end', { date: formatDay(locale, last.date) }), '  '));
    }
    return lines;
  }
  if (day.sessions.length === 0) {
    lines.push(...wrap(t(locale, 'today.rest'), '  '));
    return lines;
  }
  day.sessions.forEach((session, index) => {
    if (index > 0) lines.push('');
    lines.push(...sessionDetails(locale, session));
  });
  return lines;
}
