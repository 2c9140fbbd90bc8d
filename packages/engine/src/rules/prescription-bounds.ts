/**
 * How far a clinician's plan change reaches (docs/clinical-rules.md §6). A clinician may always be more
 * careful than the rules; a value that is less careful is applied only up to the rule, and the person
 * is told which rule still limits it. These are the numbers; `replay/prescription.ts` applies them.
 */
import { WEEKLY_GROWTH } from './retro-growth.js';

/** A prescribed value as applied: the smaller of it and the rule's; `limited` when the rule won. */
export interface Bounded {
  value: number;
  /** The prescription asked for more than the rule allows: the rule's value holds. */
  limited: boolean;
}

/**
 * The value that holds: the prescription's when it is at most the rule's, else the rule's.
 *
 * @example
 * atMostRule(3, 2); // { value: 2, limited: false }: a smaller weekly step is more careful
 * atMostRule(3, 5); // { value: 3, limited: true }: never a bigger step than the rule's
 * atMostRule(3, undefined); // { value: 3, limited: false }
 */
export function atMostRule(rule: number, prescribed: number | undefined): Bounded {
  if (prescribed === undefined || prescribed <= rule) return { value: prescribed ?? rule, limited: false };
  return { value: rule, limited: true };
}

/** SEED-RW's "at most about 10% a week", as a percentage. */
export const MAX_RETRO_GROWTH_PERCENT = Math.round((WEEKLY_GROWTH - 1) * 100);

/**
 * Retro-walking's weekly growth as a factor (1.1 is 10%): the prescribed percentage, never above the
 * rule's 10%; the rule's own when none is prescribed.
 *
 * @example
 * retroGrowth(5); // { value: 1.05, limited: false }
 * retroGrowth(20); // { value: 1.1, limited: true }
 */
export function retroGrowth(percent: number | undefined): Bounded {
  const bounded = atMostRule(MAX_RETRO_GROWTH_PERCENT, percent);
  return { value: percent === undefined ? WEEKLY_GROWTH : 1 + bounded.value / 100, limited: bounded.limited };
}
