import type { z } from 'zod';
import { dayNumber, parseIsoDate } from './dates.js';
import { intakeSchema, logsSchema, type Intake, type WalkLog } from './schema.js';

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
  today: string;
  weeks: number;
}

export const DEFAULT_WEEKS = 12;
export const MAX_WEEKS = 52;

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
  if (!intake.success) problems.push(...problemsOf('intake', intake.error));

  const logs = logsSchema.safeParse(input.logs);
  if (!logs.success) problems.push(...problemsOf('logs', logs.error));

  // Dates in the future cannot have happened yet; refusing them keeps a typo from shaping the plan.
  if (todayDay !== undefined) {
    if (logs.success) {
      logs.data.forEach((log, index) => {
        if (dayNumber(log.date) > todayDay) {
          problems.push({ path: `logs[${index}].date`, message: `is after today (${String(input.today)})` });
        }
      });
    }
    if (intake.success && intake.data.clearedBy && dayNumber(intake.data.clearedBy.date) > todayDay) {
      problems.push({ path: 'intake.clearedBy.date', message: `is after today (${String(input.today)})` });
    }
  }

  if (problems.length > 0 || !intake.success || !logs.success) throw new PlanInputError(problems);
  return { intake: intake.data, logs: logs.data, today: input.today as string, weeks: weeks as number };
}
