/**
 * Every flag today's record calls for (docs/care-team.md, "Flags"), each rule in its own file with
 * its test beside it; this only gathers them.
 */
import { adherence, inactivity } from './activity.js';
import { persistentNextMorningPain, severePain } from './pain.js';
import { signFlags } from './signs.js';
import { stepBack } from './step-back.js';
import type { FlagCandidate, FlagInput } from './types.js';
import { weeklyMinutes, type WeekMinutes } from './weekly-minutes.js';

export * from './types.js';
export type { WeekMinutes } from './weekly-minutes.js';

export function flagsFor(input: FlagInput): { flags: FlagCandidate[]; weeks: WeekMinutes[] } {
  const { today, walks, logs, plan, baseline } = input;
  const weeks = weeklyMinutes(plan, logs, today);
  const flags = [
    ...signFlags(walks, today),
    persistentNextMorningPain(walks, today, baseline),
    severePain(walks, today),
    stepBack(plan, today),
    inactivity(plan, logs, today),
    adherence(plan, weeks, today),
  ].filter((found): found is FlagCandidate => found !== undefined);
  return { flags, weeks };
}
