/**
 * The numbers the rules share (docs/clinical-rules.md §3, §5), with no other code: the after-walk
 * rules the patient's app runs at once read them here, so the week review and the rest of the
 * planner (with the reasons' words) load only where a plan is built.
 */

/** PMM: pain during walking up to 5/10 is acceptable when the usual level is below 5… */
export const ACCEPTABLE_PAIN_DURING = 5;
/** …and never more than 2 points above the usual level. */
export const MAX_PAIN_RISE = 2;
/** NPRS: 2 points is a real change; less is within the noise of a day. */
export const REAL_CHANGE = 2;
/** KNGF C.2.1: "mostly done" means at least 80% of the planned minutes. */
export const MOSTLY_DONE = 0.8;

/** Walking at the worst pain there is (10/10) is never within the limit, whatever the usual level. */
export const HIGHEST_ACCEPTABLE_PAIN = 9;

/**
 * The most pain during walking that still lets the plan grow: 2 above the usual level, at most 5
 * while the usual level is under 5, and never the top of the scale. People whose usual pain is high
 * build up as long as walking does not make it worse.
 *
 * @example
 * painDuringLimit(3); // 5
 * painDuringLimit(6); // 8
 * painDuringLimit(9); // 9
 */
export function painDuringLimit(baseline: number): number {
  const rise = Math.min(baseline + MAX_PAIN_RISE, HIGHEST_ACCEPTABLE_PAIN);
  return baseline < ACCEPTABLE_PAIN_DURING ? Math.min(ACCEPTABLE_PAIN_DURING, rise) : rise;
}

/** "Well above the plan": more than 150% of the planned walk or of the day's planned total. */
export const OVER_DOING_SHARE = 1.5;
