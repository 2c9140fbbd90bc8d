/** Builders for tests: a valid intake with sensible defaults, overridden field by field. */
import { intakeSchema, type Intake, type IntakeInput } from '../schema.js';

type Overrides = { [K in keyof IntakeInput]?: IntakeInput[K] | undefined };

export const BASE_INTAKE: IntakeInput = {
  locale: 'en',
  age: 45,
  goals: ['back-pain'],
  backPain: { type: 'chronic', legPain: false },
  painNow: 3,
  activity: 'light',
  comfortableWalkMinutes: 10,
  startDate: '2026-11-23',
};

/** The raw intake (as JSON would carry it), with `undefined` overrides removing the field. */
export function rawIntake(overrides: Overrides): IntakeInput {
  const merged = Object.entries({ ...BASE_INTAKE, ...overrides }).filter(([, value]) => value !== undefined);
  return Object.fromEntries(merged) as IntakeInput;
}

/** A validated intake, defaults filled in. */
export function intakeFor(overrides: Overrides): Intake {
  return intakeSchema.parse(rawIntake(overrides));
}
