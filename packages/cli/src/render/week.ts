/** One week of the plan as a small table: a header with the totals, then a row per day. */
import type { Locale, Plan, PlanWeek } from '@wandelcoach/engine';
import { t } from '../messages/index.js';
import { formatDay, formatDayMonth } from './dates.js';
import { alignColumns } from './layout.js';
import { sessionCell } from './session.js';

/** True when any week walks backwards, so every week's header shows both totals and they compare. */
export function planHasRetro(plan: Plan): boolean {
  return plan.weeks.some(
    (week) =>
      week.totals.retroMinutes > 0 || week.days.some((day) => day.sessions.some((s) => s.kind === 'retro')),
  );
}

export function weekTitle(locale: Locale, week: PlanWeek, withRetro: boolean): string {
  const first = week.days[0]?.date ?? week.startDate;
  const last = week.days.at(-1)?.date ?? week.startDate;
  const range = { week: week.week, from: formatDayMonth(locale, first), to: formatDayMonth(locale, last) };
  const title = withRetro
    ? t(locale, 'week.title.with-retro', {
        ...range,
        forward: week.totals.forwardMinutes,
        retro: week.totals.retroMinutes,
      })
    : t(locale, 'week.title', { ...range, forward: week.totals.forwardMinutes });
  return week.projected ? `${title} ${t(locale, 'week.projected')}` : title;
}

/**
 * `Week 1 (23 nov – 29 nov) · 70 min wandelen`, then rows like
 * `  ma 23 nov  ochtend 4 min · middag 3 min · avond 3 min`.
 */
export function renderWeek(locale: Locale, week: PlanWeek, withRetro: boolean): string[] {
  const rows = week.days.map((day) => [
    formatDay(locale, day.date),
    ...(day.sessions.length === 0
      ? [t(locale, 'cell.rest')]
      : day.sessions.map((s) => sessionCell(locale, s))),
  ]);
  const table = alignColumns(rows, ['  ', ' · ']).map((line) => `  ${line}`);
  return [weekTitle(locale, week, withRetro), ...table];
}
