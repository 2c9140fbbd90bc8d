/**
 * Over-doing (docs/clinical-rules.md §3; SEED-BP's first common mistake, "te snel willen"): a walk or a
 * day well above the plan gets coaching with the reason. The extra minutes never speed up the build-up:
 * the plan grows by its usual step at most.
 */
import type { DayNumber } from '../dates.js';
import type { WalkKind } from '../codes.js';
import type { WalkLog } from '../schema.js';

import { OVER_DOING_SHARE } from './limits.js';

export { OVER_DOING_SHARE };

/** What the plan had on one day. */
export interface PlannedDayLoad {
  day: DayNumber;
  total: number;
  longestForward: number;
  longestRetro: number;
}

export interface OverDoing {
  /** One walk much longer than planned, or a whole day. */
  kind: 'walk' | 'day';
  day: DayNumber;
  /** Minutes walked: one walk, or the day's total. */
  walked: number;
  /** What was planned for it. */
  planned: number;
}

function longestPlanned(plan: PlannedDayLoad, kind: WalkKind): number {
  const sameKind = kind === 'forward' ? plan.longestForward : plan.longestRetro;
  return sameKind > 0 ? sameKind : Math.max(plan.longestForward, plan.longestRetro);
}

/**
 * The first day of a week on which a walk, or the day's walking, went well above the plan; null when
 * none did. Days without planned walks (a pause) are not judged.
 *
 * @example
 * // 60 minutes on a day planned at 10: coached
 * findOverDoing([{ day, total: 10, longestForward: 4, longestRetro: 0 }], [walk60], [day]); // { day, walked: 60, planned: 10 }
 */
export function findOverDoing(
  planned: readonly PlannedDayLoad[],
  logs: readonly WalkLog[],
  days: readonly DayNumber[],
): OverDoing | null {
  for (const plan of planned) {
    if (plan.total <= 0) continue;
    let walkedThatDay = 0;
    let longWalk: OverDoing | null = null;
    for (let i = 0; i < logs.length; i++) {
      if (days[i] !== plan.day) continue;
      const log = logs[i] as WalkLog;
      walkedThatDay += log.minutes;
      const longest = longestPlanned(plan, log.kind);
      // The longest such walk, so that the answer does not depend on the order of the log.
      if (log.minutes > longest * OVER_DOING_SHARE && log.minutes > (longWalk?.walked ?? 0)) {
        longWalk = { kind: 'walk', day: plan.day, walked: log.minutes, planned: longest };
      }
    }
    if (walkedThatDay > plan.total * OVER_DOING_SHARE) {
      return { kind: 'day', day: plan.day, walked: walkedThatDay, planned: plan.total };
    }
    if (longWalk !== null) return longWalk;
  }
  return null;
}
