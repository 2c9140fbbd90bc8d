/**
 * One day of the plan: the caps first (the day's ceiling and the single-walk cap), then forward walking
 * as the main part, then the retro session that fits (docs/clinical-rules.md §3 "Order when rules meet").
 */
import type { DayNumber } from '../dates.js';
import { weekday } from '../dates.js';
import type { Session } from '../output.js';
import { composeDay } from '../programme/day-plan.js';
import type { ForwardProgramme } from '../programme/forward-walking.js';
import type { RetroDose } from '../programme/retro.js';
import { spikeCap, type WalkHistory } from '../rules/spike-cap.js';
import { splitRetroDay } from '../rules/total-load-cap.js';
import type { Dose } from './dose.js';

export interface DayInput {
  day: DayNumber;
  /** The day's place in its plan week, 0–6. */
  offset: number;
  /** The most the day may hold in total (weekly-step.ts). */
  ceiling: number;
  dose: Dose;
  forward: ForwardProgramme;
  /** The retro programme when retro-walking is in the plan and not stopped today; else null. */
  retro: RetroDose | null;
}

/** How the retro session of a retro day came out. */
export type RetroFit = 'none' | 'as-planned' | 'fitted' | 'waits';

export interface PlannedDay {
  sessions: Session[];
  /** The single-walk cap shortened or split a forward walk. */
  capped: boolean;
  retroFit: RetroFit;
}

/** Saturday, unless Saturday has retro-walking and Sunday has not. */
function isLongWalkDay(day: DayNumber, offset: number, retroDays: readonly number[]): boolean {
  const dow = weekday(day);
  if (dow < 5) return false;
  const saturdayOffset = (offset + 5 - dow + 7) % 7;
  const sundayOffset = (saturdayOffset + 1) % 7;
  const longOnSunday = retroDays.includes(saturdayOffset) && !retroDays.includes(sundayOffset);
  return dow === (longOnSunday ? 6 : 5);
}

export function planDay(input: DayInput, history: WalkHistory): PlannedDay {
  const { day, offset, ceiling, dose, forward, retro } = input;
  const cap = spikeCap(history.longestBefore(day));
  let forwardMinutes = Math.floor(Math.min(dose.forwardDaily, ceiling));
  let retroMinutes = 0;
  let retroFit: RetroFit = 'none';
  if (retro !== null && retro.days.includes(offset)) {
    const split = splitRetroDay({
      ceiling,
      forwardDaily: dose.forwardDaily,
      retroWanted: dose.retroSession,
      singleWalkCap: cap,
    });
    forwardMinutes = split.forward;
    retroMinutes = split.retro;
    retroFit = split.retro === 0 ? 'waits' : split.retro < dose.retroSession ? 'fitted' : 'as-planned';
  }
  const retroSession =
    retro !== null && retroMinutes > 0
      ? {
          minutes: retroMinutes,
          treadmill: retro.treadmill
            ? {
                // A clinician's lower cap holds from its date, whatever the speed had reached (§6).
                speedKmh: Math.min(dose.speedKmh, retro.treadmill.maxKmh),
                inclinePercent: retro.treadmill.inclinePercent,
              }
            : null,
          supervised: retro.supervised,
          cues: retro.cues,
        }
      : null;
  const plan = composeDay(
    {
      minutes: forwardMinutes,
      longWalkDay: isLongWalkDay(day, offset, retro?.days ?? []),
      shortBlocks: dose.shortBlocks,
      cap,
      exhaleSteps: forward.exhaleSteps,
    },
    retroSession,
  );
  return { sessions: plan.sessions, capped: plan.capped, retroFit };
}
