/**
 * What the log asks after a walk, and what one logged walk already tells (docs/clinical-rules.md §1, §5).
 *
 * Red flags are asked again when a walk brings something new (§1), but not every red flag can be new
 * after a walk: a history of cancer or years of steroids is asked at the intake and again with a new
 * intake, never after a walk. Signs that grow over weeks or show at night (weight loss, fever, pain
 * through the night) are not what a walk brings out either; they are asked again only while triage
 * asks for the red flags to be checked again (`recheckRedFlags`, after a fall, new signs or a flaring
 * morning). An accident or a fall can happen on a walk, so the two signs about them are asked, but
 * only after the person says they fell or had one.
 */
import { EMERGENCY_FLAGS, GP_FLAGS, RED_FLAGS, type RedFlag, type WalkKind } from '../codes.js';
import { HIGHEST_ACCEPTABLE_PAIN, MOSTLY_DONE, OVER_DOING_SHARE, painDuringLimit } from './limits.js';

/**
 * When a red flag can first show itself, as far as the log after a walk is concerned:
 * - `walk`: can start during or just after a walk, or is noticed then (nerve and cauda equina signs);
 *   `unsure` ("something is not right") belongs here too;
 * - `accident`: follows a fall or an accident, which can happen on a walk;
 * - `gradual`: builds up over days or weeks, or at night; not something a walk brings out;
 * - `history`: part of the person's history, asked at the intake only.
 */
export type RedFlagOnset = 'walk' | 'accident' | 'gradual' | 'history';

/** Every red flag's onset: a new code in `RED_FLAGS` does not compile until it is placed here. */
export const RED_FLAG_ONSET: Readonly<Record<RedFlag, RedFlagOnset>> = {
  'saddle-numbness': 'walk',
  'bladder-bowel-change': 'walk',
  'both-legs-weak-or-numb': 'walk',
  'worsening-weakness': 'walk',
  'leg-giving-way': 'walk',
  unsure: 'walk',
  'major-trauma': 'accident',
  'osteoporosis-minor-fall': 'accident',
  'weight-loss': 'gradual',
  'fever-or-ill': 'gradual',
  'night-pain-worsening': 'gradual',
  'cancer-history': 'history',
  'steroids-or-immunosuppressed': 'history',
};

/**
 * The warning signs the log asks about after a walk, in the order of `RED_FLAGS` (emergency signs
 * first): the signs a walk can bring; those about an accident only after a fall or an accident; those
 * that build up over time only while triage asks for a recheck. History is never asked after a walk.
 *
 * @example
 * signsToAskAfterWalk({ fellOrAccident: false, recheck: false }); // ['saddle-numbness', …, 'unsure']
 * signsToAskAfterWalk({ fellOrAccident: true, recheck: false }).includes('osteoporosis-minor-fall'); // true
 * signsToAskAfterWalk({ fellOrAccident: true, recheck: true }).includes('cancer-history'); // false, ever
 */
export function signsToAskAfterWalk(answers: { fellOrAccident: boolean; recheck: boolean }): RedFlag[] {
  return RED_FLAGS.filter((flag) => {
    switch (RED_FLAG_ONSET[flag]) {
      case 'walk':
        return true;
      case 'accident':
        return answers.fellOrAccident;
      case 'gradual':
        return answers.recheck;
      case 'history':
        return false;
    }
  });
}

/** One logged walk, with what was planned for it and, when known, the person's usual pain. */
export interface AfterWalkInput {
  kind: WalkKind;
  minutes: number;
  plannedMinutes: number;
  painDuring: number;
  dizziness: boolean;
  fall: boolean;
  newSymptoms: readonly RedFlag[];
  /** The usual pain, 0–10 (the intake's `painNow`); null when not known where the question is asked. */
  usualPain: number | null;
}

export interface AfterWalkFindings {
  /**
   * The most urgent safety matter the walk reported, highest first as in triage (§1): an emergency
   * sign, a sign for the GP, a fall (a professional should look, §5), dizziness. Null when none.
   */
  safety: 'emergency' | 'gp-soon' | 'fall' | 'dizziness' | null;
  /**
   * Whether the pain during the walk was above the limit that lets the plan grow (PMM, §5): true means
   * the week holds (as it does after dizziness or a fall). Null when the usual pain is unknown and the
   * score lies where that decides.
   */
  painAboveLimit: boolean | null;
  /**
   * How much of the planned walk was walked: `partly` under 80% (the week holds when that is the
   * week's share, KNGF C.2.1), `well-above` over 150% (over-doing, SEED-BP), else `mostly`.
   */
  amount: 'partly' | 'mostly' | 'well-above';
  /**
   * Retro-walking stops until a professional has looked (SEED-RW, §4–5): after dizziness on any walk,
   * or a fall while walking backwards (when retro-walking is in the plan at all).
   */
  stopsRetro: boolean;
}

const EMERGENCY: ReadonlySet<RedFlag> = new Set(EMERGENCY_FLAGS);
const GP: ReadonlySet<RedFlag> = new Set(GP_FLAGS);

/** The lowest limit anyone has: the limit for a usual pain of 0. */
const LOWEST_LIMIT = painDuringLimit(0);

/**
 * What one logged walk tells before the week is over: the safety matter it reports, whether its pain
 * would keep the plan from growing, and how much of the plan it covered. The week's decision itself
 * is made later, from all its walks and the next mornings (week-review.ts).
 *
 * @example
 * afterWalkFindings({ kind: 'forward', minutes: 2, plannedMinutes: 5, painDuring: 6, dizziness: false,
 *   fall: false, newSymptoms: [], usualPain: 3 });
 * // { safety: null, painAboveLimit: true, amount: 'partly', stopsRetro: false }
 */
export function afterWalkFindings(walk: AfterWalkInput): AfterWalkFindings {
  const safety = walk.newSymptoms.some((flag) => EMERGENCY.has(flag))
    ? 'emergency'
    : walk.newSymptoms.some((flag) => GP.has(flag))
      ? 'gp-soon'
      : walk.fall
        ? 'fall'
        : walk.dizziness
          ? 'dizziness'
          : null;
  const share = walk.plannedMinutes > 0 ? walk.minutes / walk.plannedMinutes : 1;
  return {
    safety,
    painAboveLimit: painAboveLimit(walk.painDuring, walk.usualPain),
    amount: share < MOSTLY_DONE ? 'partly' : share > OVER_DOING_SHARE ? 'well-above' : 'mostly',
    stopsRetro: walk.dizziness || (walk.fall && walk.kind === 'retro'),
  };
}

function painAboveLimit(painDuring: number, usualPain: number | null): boolean | null {
  if (usualPain !== null) return painDuring > painDuringLimit(usualPain);
  // Without the usual pain, only the ends of the scale are certain.
  if (painDuring <= LOWEST_LIMIT) return false;
  if (painDuring > HIGHEST_ACCEPTABLE_PAIN) return true;
  return null;
}
