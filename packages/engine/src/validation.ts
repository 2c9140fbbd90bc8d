/**
 * The contract's input checks (docs/clinical-rules.md "Input"): one source of truth, the zod schemas in
 * `schema.ts`, plus the checks that need `today` (dates in the future, dates before 2000). Every problem
 * names its field, so a person can fix them all in one go.
 */
import type { z } from 'zod';
import {
  dayNumber,
  EARLIEST_DATE,
  isoDate,
  MAX_START_DAYS_AHEAD,
  parseIsoDate,
  type DayNumber,
} from './dates.js';
import { withoutDuplicates } from './rules/duplicate-walks.js';
import {
  BACK_PAIN_REQUIRED,
  intakeSchema,
  logsSchema,
  prescriptionSchema,
  type Intake,
  type Prescription,
  type WalkLog,
} from './schema.js';

/** One thing wrong with the input: where (`intake.age`, `logs[2].minutes`) and what, in plain words. */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * Thrown by `buildPlan` when its input breaks the contract. `problems` lists every field at fault, so
 * a person can fix them all in one go.
 */
export class PlanInputError extends Error {
  override readonly name = 'PlanInputError';
  readonly problems: readonly FieldProblem[];

  constructor(problems: readonly FieldProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    this.problems = problems;
  }
}

/** `['logs', 3, 'minutes']` → `logs[3].minutes`. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let text = root;
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : `.${String(part)}`;
  }
  return text;
}

function problemsOf(root: string, error: z.ZodError): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: formatPath(root, [...issue.path, key]), message: 'is not a known field' });
      }
    } else {
      problems.push({ path: formatPath(root, issue.path), message: issue.message });
    }
  }
  return problems;
}

export interface PlanInput {
  intake: unknown;
  logs?: unknown;
  /** The person's calendar date, `YYYY-MM-DD`. */
  today: unknown;
  /** How many weeks to plan; 12 when left out. */
  weeks?: unknown;
  /** Added: what a linked clinician decided for this person (docs/clinical-rules.md §6); optional. */
  prescription?: unknown;
}

export interface ValidPlanInput {
  intake: Intake;
  /** The log with every walk once (a repeated `id` keeps its later entry). */
  logs: WalkLog[];
  /** `logs[i].date` as a day number, parsed once. */
  logDays: number[];
  today: string;
  weeks: number;
  /** The prescription with both lists (empty when none was given). */
  prescription: Prescription;
}

const NO_PRESCRIPTION: Prescription = { changes: [], clearances: [] };

export const DEFAULT_WEEKS = 12;
export const MAX_WEEKS = 52;

const EARLIEST_DAY = dayNumber(EARLIEST_DATE);

function needsBackPainButHasNone(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const { goals, backPain } = raw as { goals?: unknown; backPain?: unknown };
  return Array.isArray(goals) && goals.includes('back-pain') && backPain === undefined;
}

/** The checks that need today: nothing from the future, nothing from before 2000 (plan-contract.md). */
function dateProblems(
  intake: Intake | undefined,
  logDays: readonly DayNumber[],
  todayDay: DayNumber,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const today = isoDate(todayDay);
  if (intake?.startDate !== undefined) {
    const start = dayNumber(intake.startDate);
    const latest = todayDay + MAX_START_DAYS_AHEAD;
    if (start < EARLIEST_DAY || start > latest) {
      problems.push({
        path: 'intake.startDate',
        message: `must be a date from ${EARLIEST_DATE} to ${isoDate(latest)} (at most a year after today)`,
      });
    }
  }
  if (intake?.clearedBy && dayNumber(intake.clearedBy.date) > todayDay) {
    problems.push({ path: 'intake.clearedBy.date', message: `is after today (${today})` });
  }
  for (let index = 0; index < logDays.length; index++) {
    const day = logDays[index] ?? todayDay;
    if (day > todayDay) {
      problems.push({ path: `logs[${index}].date`, message: `is after today (${today})` });
    } else if (day < EARLIEST_DAY) {
      problems.push({ path: `logs[${index}].date`, message: `must be a date from ${EARLIEST_DATE} on` });
    }
  }
  return problems;
}

/** A prescription's dates: recorded from 2000 up to today, like a walk; a pause within a year from today. */
function prescriptionDateProblems(prescription: Prescription, todayDay: DayNumber): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const today = isoDate(todayDay);
  const recorded = (path: string, date: string) => {
    const day = dayNumber(date);
    if (day > todayDay) problems.push({ path, message: `is after today (${today})` });
    else if (day < EARLIEST_DAY) problems.push({ path, message: `must be a date from ${EARLIEST_DATE} on` });
  };
  const latest = todayDay + MAX_START_DAYS_AHEAD;
  const planned = (path: string, date: string | undefined) => {
    if (date === undefined) return;
    const day = dayNumber(date);
    if (day < EARLIEST_DAY || day > latest) {
      problems.push({
        path,
        message: `must be a date from ${EARLIEST_DATE} to ${isoDate(latest)} (at most a year after today)`,
      });
    }
  };
  prescription.changes.forEach((change, index) => {
    recorded(`prescription.changes[${index}].date`, change.date);
    planned(`prescription.changes[${index}].pause.from`, change.pause?.from);
    planned(`prescription.changes[${index}].pause.until`, change.pause?.until);
  });
  prescription.clearances.forEach((clearance, index) => {
    recorded(`prescription.clearances[${index}].date`, clearance.date);
    if (clearance.signDate !== undefined) {
      recorded(`prescription.clearances[${index}].signDate`, clearance.signDate);
      if (clearance.date < clearance.signDate) {
        problems.push({
          path: `prescription.clearances[${index}].date`,
          message: 'is before the sign it clears (signDate): care comes after the sign',
        });
      }
    }
  });
  return problems;
}

/** Checks the whole input against the contract; throws a {@link PlanInputError} listing every problem. */
export function validatePlanInput(input: PlanInput): ValidPlanInput {
  const problems: FieldProblem[] = [];

  const todayDay = typeof input.today === 'string' ? parseIsoDate(input.today) : undefined;
  if (todayDay === undefined) {
    problems.push({ path: 'today', message: 'must be a real date written as YYYY-MM-DD' });
  }

  const weeks = input.weeks ?? DEFAULT_WEEKS;
  if (typeof weeks !== 'number' || !Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
    problems.push({ path: 'weeks', message: `must be a whole number from 1 to ${MAX_WEEKS}` });
  }

  const intake = intakeSchema.safeParse(input.intake);
  if (!intake.success) {
    problems.push(...problemsOf('intake', intake.error));
    // zod checks across fields only once every field is valid; say this one now, so all come at once.
    if (needsBackPainButHasNone(input.intake) && !problems.some((p) => p.path === 'intake.backPain')) {
      problems.push({ path: 'intake.backPain', message: BACK_PAIN_REQUIRED });
    }
  }

  const logs = logsSchema.safeParse(input.logs);
  if (!logs.success) problems.push(...problemsOf('logs', logs.error));
  const logDays = logs.success ? logs.data.map((log) => dayNumber(log.date)) : [];

  const prescription = prescriptionSchema.optional().safeParse(input.prescription);
  if (!prescription.success) problems.push(...problemsOf('prescription', prescription.error));

  if (todayDay !== undefined) {
    problems.push(...dateProblems(intake.data, logDays, todayDay));
    if (prescription.data !== undefined)
      problems.push(...prescriptionDateProblems(prescription.data, todayDay));
  }

  if (problems.length > 0 || !intake.success || !logs.success || !prescription.success)
    throw new PlanInputError(problems);
  const once = withoutDuplicates(logs.data, logDays);
  return {
    intake: intake.data,
    logs: once.logs,
    logDays: once.days,
    today: input.today as string,
    weeks: weeks as number,
    prescription: prescription.data ?? NO_PRESCRIPTION,
  };
}
