/**
 * A fast path for the intake, like `fast-log.ts` for the log. Every plan validates its intake, and zod
 * took about a twentieth of a plan's time for it. The zod schema stays the contract: this only
 * recognises intakes that are plainly valid, and anything else goes to zod, which names the faults. A
 * property test (`fast-intake.test.ts`) checks that this never accepts what zod rejects, and agrees on
 * the result.
 */
import {
  ACTIVITY_LEVELS,
  BACK_PAIN_TYPES,
  CLEARED_BY,
  CONDITIONS,
  FALL_RISKS,
  GOALS,
  IMPAIRMENTS,
  LOCALES,
  NEEDS_GUIDANCE,
  RED_FLAGS,
  RISK_FACTORS,
} from './codes.js';
import { parseIsoDate } from './dates.js';
import type { Intake } from './schema.js';

/** The fields this path knows; an intake with any other goes to zod. A test holds them to the schema. */
export const INTAKE_FIELDS: ReadonlySet<string> = new Set([
  'locale',
  'age',
  'goals',
  'backPain',
  'painNow',
  'activity',
  'comfortableWalkMinutes',
  'redFlags',
  'needsGuidance',
  'fallRisk',
  'impairments',
  'conditions',
  'riskFactors',
  'equipment',
  'daysPerWeek',
  'startDate',
  'clearedBy',
]);
export const BACK_PAIN_FIELDS: ReadonlySet<string> = new Set(['type', 'legPain']);
export const EQUIPMENT_FIELDS: ReadonlySet<string> = new Set(['treadmill', 'railOrFlatPath', 'companion']);
export const CLEARED_BY_FIELDS: ReadonlySet<string> = new Set(['by', 'date']);

/** A value from `values`, or `undefined`. */
function oneOf<const T extends string>(values: readonly T[], value: unknown): T | undefined {
  return (values as readonly unknown[]).includes(value) ? (value as T) : undefined;
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * A plain object (or one without a prototype, as some libraries make) with only the fields in
 * `fields`, or `undefined`.
 */
function plainObject(value: unknown, fields: ReadonlySet<string>): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  for (const key in value) if (!fields.has(key)) return undefined;
  return value as Record<string, unknown>;
}

/** `undefined` → `fallback`; a boolean as it is; anything else `undefined`. */
function flag(value: unknown, fallback: boolean): boolean | undefined {
  if (value === undefined) return fallback;
  return typeof value === 'boolean' ? value : undefined;
}

/** A list of codes from `values`, repeats folded (`undefined` → empty); `undefined` if not such a list. */
function codeList<const T extends string>(values: readonly T[], value: unknown): T[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  for (let i = 0; i < value.length; i++) if (oneOf(values, value[i]) === undefined) return undefined;
  return [...new Set(value as T[])];
}

function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

/** The intake as zod would return it, or `undefined` when only zod can say what is wrong. */
export function parseIntakeFast(raw: unknown): Intake | undefined {
  const entry = plainObject(raw, INTAKE_FIELDS);
  if (entry === undefined) return undefined;

  // Each field is read once, as zod reads it.
  const { locale: givenLocale, age, painNow: givenPain, daysPerWeek: givenDays } = entry;
  const locale = givenLocale === undefined ? 'nl' : oneOf(LOCALES, givenLocale);
  const painNow = givenPain === undefined ? 0 : givenPain;
  const activity = oneOf(ACTIVITY_LEVELS, entry.activity);
  const daysPerWeek = givenDays === undefined ? 4 : givenDays;
  if (locale === undefined || activity === undefined) return undefined;
  if (!isWhole(age, 16, 110) || !isWhole(painNow, 0, 10) || !isWhole(daysPerWeek, 1, 7)) return undefined;

  // At least one goal; the schema checks that before it folds repeats.
  const givenGoals = entry.goals;
  if (!Array.isArray(givenGoals) || givenGoals.length === 0) return undefined;
  const goals = codeList(GOALS, givenGoals);
  const redFlags = codeList(RED_FLAGS, entry.redFlags);
  const needsGuidance = codeList(NEEDS_GUIDANCE, entry.needsGuidance);
  const fallRisk = codeList(FALL_RISKS, entry.fallRisk);
  const impairments = codeList(IMPAIRMENTS, entry.impairments);
  const conditions = codeList(CONDITIONS, entry.conditions);
  const riskFactors = codeList(RISK_FACTORS, entry.riskFactors);
  if (
    goals === undefined ||
    redFlags === undefined ||
    needsGuidance === undefined ||
    fallRisk === undefined ||
    impairments === undefined ||
    conditions === undefined ||
    riskFactors === undefined
  ) {
    return undefined;
  }

  let equipment: Intake['equipment'] = { treadmill: false, railOrFlatPath: false, companion: false };
  const givenEquipment = entry.equipment;
  if (givenEquipment !== undefined) {
    const given = plainObject(givenEquipment, EQUIPMENT_FIELDS);
    if (given === undefined) return undefined;
    const treadmill = flag(given.treadmill, false);
    const railOrFlatPath = flag(given.railOrFlatPath, false);
    const companion = flag(given.companion, false);
    if (treadmill === undefined || railOrFlatPath === undefined || companion === undefined) return undefined;
    equipment = { treadmill, railOrFlatPath, companion };
  }

  const intake: Intake = {
    locale,
    age,
    goals,
    painNow,
    activity,
    redFlags,
    needsGuidance,
    fallRisk,
    impairments,
    conditions,
    riskFactors,
    equipment,
    daysPerWeek,
  };

  const backPain = entry.backPain;
  if (backPain !== undefined) {
    const given = plainObject(backPain, BACK_PAIN_FIELDS);
    if (given === undefined) return undefined;
    const type = oneOf(BACK_PAIN_TYPES, given.type);
    const legPain = flag(given.legPain, false);
    if (type === undefined || legPain === undefined) return undefined;
    intake.backPain = { type, legPain };
  } else if (goals.includes('back-pain')) {
    return undefined; // the schema asks for `backPain` with this goal
  }

  const comfortable = entry.comfortableWalkMinutes;
  if (comfortable !== undefined) {
    if (
      typeof comfortable !== 'number' ||
      !Number.isFinite(comfortable) ||
      comfortable < 0 ||
      comfortable > 600
    ) {
      return undefined;
    }
    intake.comfortableWalkMinutes = comfortable;
  }

  const startDate = entry.startDate;
  if (startDate !== undefined) {
    if (!isCalendarDate(startDate)) return undefined;
    intake.startDate = startDate;
  }

  const clearedBy = entry.clearedBy;
  if (clearedBy !== undefined) {
    const given = plainObject(clearedBy, CLEARED_BY_FIELDS);
    if (given === undefined) return undefined;
    const by = oneOf(CLEARED_BY, given.by);
    const date = given.date;
    if (by === undefined || !isCalendarDate(date)) return undefined;
    intake.clearedBy = { by, date };
  }
  return intake;
}
