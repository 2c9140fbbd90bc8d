/**
 * The risk that back pain lasts long, in three profiles (KNGF B.2, NICE 1.1.2). KNGF asks to weigh
 * several factors rather than trust one questionnaire, so the product counts its own factor questions.
 *
 * Cut-offs (the product's design choice, documented in packages/engine/CONTEXT.md):
 * - profile 3 (high): five or more factors, or three or more of the psychosocial ones;
 * - profile 2 (medium): two to four factors;
 * - profile 1 (low): none or one.
 */
import type { RiskFactor } from '../codes.js';
import type { Intake } from '../schema.js';
import type { RiskProfile } from '../output.js';

const PSYCHOSOCIAL: ReadonlySet<RiskFactor> = new Set([
  'stress',
  'fear-of-moving',
  'low-mood',
  'passive-coping',
  'catastrophising',
  'work-problems',
]);

/** NPRS 7 or more counts as high pain. */
export const HIGH_PAIN = 7;

export interface RiskAssessment {
  profile: RiskProfile;
  /** How many factors are present, leg pain and high pain included. */
  count: number;
}

export function assessRiskProfile(intake: Intake): RiskAssessment | null {
  if (!intake.goals.includes('back-pain')) return null;
  const psychosocial = intake.riskFactors.filter((factor) => PSYCHOSOCIAL.has(factor)).length;
  const count =
    intake.riskFactors.length +
    (intake.backPain?.legPain === true ? 1 : 0) +
    (intake.painNow >= HIGH_PAIN ? 1 : 0);
  const profile: RiskProfile = count >= 5 || psychosocial >= 3 ? 3 : count >= 2 ? 2 : 1;
  return { profile, count };
}
