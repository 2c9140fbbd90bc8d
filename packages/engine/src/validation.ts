import type { z } from 'zod';
import { dayNumber, parseIsoDate, type DayNumber } from './dates.js';
import { parseIntakeFast } from './fast-intake.js';
import { parseWalkLogFast } from './fast-log.js';
import { BACK_PAIN_REQUIRED, intakeSchema, logsSchema, type Intake, type WalkLog } from './schema.js';

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
}

export interface ValidPlanInput {
  intake: Intake;
  logs: WalkLog[];
  /** `logs[i].date` as a day number, parsed once. */
  logDays: number[];
  today: string;
  weeks: number;
}

export const DEFAULT_WEEKS = 12;
export const MAX_WEEKS = 52;

function needsBackPainButHasNone(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const { goals, backPain } = raw as { goals?: unknown; backPain?: unknown };
  return Array.isArray(goals) && goals.includes('back-pain') && backPain === undefined;
}

type ParsedLogs =
  { success: true; data: WalkLog[]; days: DayNumber[] } | { success: false; error: z.ZodError };

/**
 * The log through the fast path when every entry is plainly valid, else through zod for its errors.
 * Each entry's day number comes along, read while its date is still the last one parsed.
 */
function parseLogs(raw: unknown): ParsedLogs {
  if (Array.isArray(raw)) {
    // Sized up front: a long log would otherwise be copied each time the arrays grow.
    const data = new Array<WalkLog>(raw.length);
    const days = new Array<DayNumber>(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const log = parseWalkLogFast(raw[i]);
      if (log === undefined) return parseLogsSlowly(raw);
      data[i] = log;
      days[i] = dayNumber(log.date);
    }
    return { success: true, data, days };
  }
  return parseLogsSlowly(raw);
}

function parseLogsSlowly(raw: unknown): ParsedLogs {
  const logs = logsSchema.safeParse(raw);
  if (!logs.success) return logs;
  return { success: true, data: logs.data, days: logs.data.map((log) => dayNumber(log.date)) };
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

  // Plainly valid intakes skip zod (see fast-intake.ts); zod still names the faults of the others.
  const fastIntake = parseIntakeFast(input.intake);
  const intake: ReturnType<typeof intakeSchema.safeParse> =
    fastIntake === undefined ? intakeSchema.safeParse(input.intake) : { success: true, data: fastIntake };
  if (!intake.success) {
    problems.push(...problemsOf('intake', intake.error));
    // zod checks across fields only once every field is valid; say this one now, so all come at once.
    if (needsBackPainButHasNone(input.intake) && !problems.some((p) => p.path === 'intake.backPain')) {
      problems.push({ path: 'intake.backPain', message: BACK_PAIN_REQUIRED });
    }
  }

  const logs = parseLogs(input.logs);
  if (!logs.success) problems.push(...problemsOf('logs', logs.error));

  // Dates in the future cannot have happened yet; refusing them keeps a typo from shaping the plan.
  const logDays = logs.success ? logs.days : [];
  if (todayDay !== undefined) {
    for (let index = 0; index < logDays.length; index++) {
      if ((logDays[index] ?? todayDay) > todayDay) {
        problems.push({ path: `logs[${index}].date`, message: `is after today (${String(input.today)})` });
      }
    }
    if (intake.success && intake.data.clearedBy && dayNumber(intake.data.clearedBy.date) > todayDay) {
      problems.push({ path: 'intake.clearedBy.date', message: `is after today (${String(input.today)})` });
    }
  }

  if (problems.length > 0 || !intake.success || !logs.success) throw new PlanInputError(problems);
  return {
    intake: intake.data,
    logs: logs.data,
    logDays,
    today: input.today as string,
    weeks: weeks as number,
  };
}
