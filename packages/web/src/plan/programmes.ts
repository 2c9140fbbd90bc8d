/**
 * Which of the two programmes a plan holds, so screens show no column or line for one the person does
 * not follow: a back-pain-only plan has no backward walking, and a row of zeros there only raises the
 * question whether something is missing.
 */
import type { PlanWeek } from '@wandelcoach/engine';

export interface Programmes {
  forward: boolean;
  retro: boolean;
}

/**
 * A programme shows when any week has minutes of it. A plan with no minutes at all (not expected)
 * still shows forward walking, so its table is never without a column of minutes.
 *
 * @example programmesIn(backPainPlan.weeks) // { forward: true, retro: false }
 */
export function programmesIn(weeks: readonly Pick<PlanWeek, 'totals'>[]): Programmes {
  const retro = weeks.some((week) => week.totals.retroMinutes > 0);
  const forward = weeks.some((week) => week.totals.forwardMinutes > 0);
  return { forward: forward || !retro, retro };
}
