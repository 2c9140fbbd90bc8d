/**
 * The keys of the intake wizard's words, built from the engine's own code lists: a code added to the
 * engine is a key missing here, and the catalogues stop compiling until it has words in both languages.
 */
import type {
  ActivityLevel,
  BackPainType,
  Condition,
  FallRisk,
  Goal,
  Impairment,
  NeedsGuidance,
  RedFlag,
  RiskFactor,
} from '@wandelcoach/engine';

/** A choice shown to a person: its label, and a plain explanation under it. */
type Choice<Prefix extends string, Code extends string> = `${Prefix}.${Code}` | `${Prefix}.${Code}.help`;

export type IntakeKey =
  | Choice<'intake.goal', Goal>
  | Choice<'intake.backPainType', BackPainType>
  | Choice<'intake.activity', ActivityLevel>
  | Choice<'intake.redFlag', RedFlag>
  | Choice<'intake.needsGuidance', NeedsGuidance>
  | Choice<'intake.fallRisk', FallRisk>
  | Choice<'intake.impairment', Impairment>
  | Choice<'intake.condition', Condition>
  | Choice<'intake.riskFactor', RiskFactor>
  // The steps, in order, each with a title and a short introduction.
  | `intake.step.${IntakeStep}.title`
  | `intake.step.${IntakeStep}.intro`
  // Single questions.
  | 'intake.age'
  | 'intake.age.help'
  | 'intake.comfortableWalkMinutes'
  | 'intake.comfortableWalkMinutes.help'
  | 'intake.painNow'
  | 'intake.painNow.low'
  | 'intake.painNow.high'
  | 'intake.legPain'
  | 'intake.legPain.help'
  | 'intake.equipment.treadmill'
  | 'intake.equipment.treadmill.help'
  | 'intake.equipment.railOrFlatPath'
  | 'intake.equipment.railOrFlatPath.help'
  | 'intake.equipment.companion'
  | 'intake.equipment.companion.help'
  | 'intake.daysPerWeek'
  | 'intake.daysPerWeek.help'
  | 'intake.startDate'
  | 'intake.startDate.help'
  | 'intake.yes'
  | 'intake.no'
  | 'intake.noneOfThese'
  // Navigation and progress.
  | 'intake.progress'
  | 'intake.back'
  | 'intake.next'
  | 'intake.finish'
  | 'intake.saved'
  | 'intake.required'
  | 'intake.ageRange'
  | 'intake.minutesRange';

export const INTAKE_STEPS = [
  'goals',
  'about-you',
  'back',
  'safety',
  'balance',
  'conditions',
  'practical',
] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];
