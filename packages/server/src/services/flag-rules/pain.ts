/**
 * Attention flags from pain scores (clinical-rules §5). Next-morning pain 2 or more above the
 * intake's baseline on two or more days of the past week: the KNGF guideline asks whether a rise
 * persists into the next day, so one spike is no flag. Pain during a walk of 9 or 10 is one.
 */
import type { FlagCandidate, FlagWalk } from './types.js';
import { recentWalks } from './signs.js';

/** How far above the baseline next-morning pain counts as a rise (clinical-rules §5: regress). */
export const NEXT_MORNING_RISE = 2;
/** On how many days of the window the rise must be seen. */
export const NEXT_MORNING_DAYS = 2;
/** Pain during a walk from which a flag is raised at once. */
export const SEVERE_PAIN = 9;

function latest(walks: readonly FlagWalk[]): string {
  return (
    walks
      .map((walk) => walk.updatedAt)
      .sort()
      .at(-1) ?? ''
  );
}

/** Next-morning pain ≥ baseline + 2 on at least two different days of the past week. */
export function persistentNextMorningPain(
  walks: readonly FlagWalk[],
  today: string,
  baseline: number,
): FlagCandidate | undefined {
  const raised = recentWalks(walks, today).filter(
    (walk) => walk.painNextMorning !== null && walk.painNextMorning >= baseline + NEXT_MORNING_RISE,
  );
  const dates = [...new Set(raised.map((walk) => walk.date))].sort();
  if (dates.length < NEXT_MORNING_DAYS) return undefined;
  return {
    kind: 'next-morning-pain',
    evidence: { dates, pain: Math.max(...raised.map((walk) => walk.painNextMorning ?? 0)), baseline },
    evidenceAt: latest(raised),
  };
}

/** Pain during a walk of 9 or 10 in the past week. */
export function severePain(walks: readonly FlagWalk[], today: string): FlagCandidate | undefined {
  const severe = recentWalks(walks, today).filter((walk) => walk.painDuring >= SEVERE_PAIN);
  if (severe.length === 0) return undefined;
  return {
    kind: 'severe-pain',
    evidence: {
      dates: [...new Set(severe.map((walk) => walk.date))].sort(),
      pain: Math.max(...severe.map((walk) => walk.painDuring)),
    },
    evidenceAt: latest(severe),
  };
}
