/** The whole readable plan for a person, in the intake's language. */
import type { Locale, PlanOutput } from '@wandelcoach/engine';
import { t } from '../messages/index.js';
import { formatFullDate } from './dates.js';
import { renderDecisions } from './decisions.js';
import { heading, reasonLines } from './layout.js';
import { renderNoPlan } from './no-plan.js';
import { renderNotes } from './notes.js';
import { renderToday } from './today.js';
import { renderTriage } from './triage.js';
import { planHasRetro, renderWeek } from './week.js';

export interface RenderOptions {
  locale: Locale;
  /** The person's calendar date, `YYYY-MM-DD`: which day "today" shows. */
  today: string;
}

function joinSections(sections: readonly (readonly string[])[]): string {
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
}

/**
 * The plan as text: the safety check first, then (when there is a plan) today's walks, a table per
 * week, why the plan looks like this, and the evidence notes.
 */
export function renderPlan(output: PlanOutput, { locale, today }: RenderOptions): string {
  const plan = output.plan;
  const triage = renderTriage(locale, output.triage, plan !== null);
  if (plan === null) {
    return joinSections([
      heading(t(locale, 'title.no-plan'), '='),
      triage,
      renderNoPlan(locale, output.triage.level),
    ]);
  }

  const title = heading(t(locale, 'title.plan'), '=');
  const first = plan.weeks[0]?.days[0]?.date;
  const last = plan.weeks.at(-1)?.days.at(-1)?.date;
  if (first !== undefined && last !== undefined) {
    const period = { from: formatFullDate(locale, first), to: formatFullDate(locale, last) };
    title.push(
      plan.weeks.length === 1
        ? t(locale, 'plan.period.one', period)
        : t(locale, 'plan.period', { ...period, weeks: plan.weeks.length }),
    );
  }

  const withRetro = planHasRetro(plan);
  const weeks = heading(t(locale, 'heading.weeks'));
  plan.weeks.forEach((week, index) => {
    if (index > 0) weeks.push('');
    weeks.push(...renderWeek(locale, week, withRetro));
  });

  const ended =
    output.ended === null ? [] : [...heading(t(locale, 'heading.ended')), ...reasonLines(output.ended)];
  return joinSections([
    title,
    ended,
    triage,
    renderToday(locale, plan, today),
    weeks,
    renderDecisions(locale, output.decisions),
    renderNotes(locale, output.notes),
  ]);
}
