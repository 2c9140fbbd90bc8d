/**
 * A step back in the plan (clinical-rules §5: regress), read from the engine's decisions: the
 * current week's decision, when it took effect within the past week, is a regress. Two in a row are
 * named as such in the evidence (clinical-rules §5: repeated regressions ask for a new assessment).
 */
import { dayNumber, isoDate, type PlanOutput } from '@wandelcoach/engine';
import { FLAG_WINDOW_DAYS, startOfDate, type FlagCandidate } from './types.js';

export function stepBack(plan: PlanOutput | undefined, today: string): FlagCandidate | undefined {
  const made = (plan?.decisions ?? [])
    .filter((decision) => !decision.projected && decision.date <= today)
    .sort((a, b) => a.week - b.week);
  const last = made.at(-1);
  const from = isoDate(dayNumber(today) - (FLAG_WINDOW_DAYS - 1));
  if (last?.decision !== 'regress' || last.date < from) return undefined;
  let inARow = 0;
  for (let i = made.length - 1; i >= 0 && made[i]?.decision === 'regress'; i--) inARow++;
  const dates = made.slice(made.length - inARow).map((decision) => decision.date);
  return { kind: 'step-back', evidence: { dates, inARow }, evidenceAt: startOfDate(last.date) };
}
