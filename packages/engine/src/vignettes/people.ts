/**
 * The people of the vignette tests, and small helpers to read their plans and to write their walking logs.
 * Every date is fixed: plans start on Monday 2026-11-23 and `today` is always given, never the clock.
 */
import { buildPlan } from '../build-plan.js';
import type { BackPainType, RedFlag, WalkKind } from '../codes.js';
import type { Plan, PlanDay, PlanOutput, PlanWeek, Reason, Session } from '../output.js';
import type { IntakeInput, WalkLogInput } from '../schema.js';

/** A Monday. */
export const START = '2026-11-23';

const MS_PER_DAY = 86_400_000;

/** `date` plus `days` calendar days (UTC arithmetic on a fixed date; never the clock). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const ms = Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN) + days * MS_PER_DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first day of plan week `week` (1-based) for a plan starting on START. */
export function weekStart(week: number, start = START): string {
  return addDays(start, (week - 1) * 7);
}

/** The last day of plan week `week`. */
export function weekEnd(week: number, start = START): string {
  return addDays(start, week * 7 - 1);
}

// ---- people ----------------------------------------------------------------------------------------

/** Sanne, 28, runs and does yoga; a stiff, tense lower back after long days at a desk. */
export function sanne(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    locale: 'en',
    age: 28,
    goals: ['back-pain'],
    backPain: { type: 'muscle-tension', legPain: false },
    painNow: 3,
    activity: 'active',
    comfortableWalkMinutes: 30,
    startDate: START,
    ...overrides,
  };
}

/** Someone of 58 who sits most of the day and has back pain of the given type, without leg pain. */
export function sedentary(
  type: BackPainType,
  comfortableWalkMinutes: number | undefined,
  overrides: Partial<IntakeInput> = {},
): IntakeInput {
  const intake: IntakeInput = {
    locale: 'en',
    age: 58,
    goals: ['back-pain'],
    backPain: { type, legPain: false },
    painNow: 4,
    activity: 'inactive',
    startDate: START,
    ...overrides,
  };
  if (comfortableWalkMinutes !== undefined) intake.comfortableWalkMinutes = comfortableWalkMinutes;
  return intake;
}

/** Joke, 52, chronic low back pain, walks a little; baseline pain 3. The adaptation vignettes use her. */
export function joke(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    locale: 'en',
    age: 52,
    goals: ['back-pain'],
    backPain: { type: 'chronic', legPain: false },
    painNow: 3,
    activity: 'light',
    comfortableWalkMinutes: 10,
    startDate: START,
    ...overrides,
  };
}

/** Gerrit, 78, feels unsteady and has poor balance; his grandson read that walking backwards helps. */
export function gerrit(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    locale: 'en',
    age: 78,
    goals: ['retro-walking'],
    activity: 'light',
    fallRisk: ['unsteady'],
    impairments: ['balance'],
    equipment: { treadmill: false, railOrFlatPath: true, companion: true },
    daysPerWeek: 4,
    startDate: START,
    ...overrides,
  };
}

/** Daan, 34, fit, walks 45 minutes easily, wants to add retro-walking on his treadmill (knee niggles). */
export function daan(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    locale: 'en',
    age: 34,
    goals: ['retro-walking'],
    activity: 'active',
    comfortableWalkMinutes: 45,
    equipment: { treadmill: true, railOrFlatPath: false, companion: false },
    daysPerWeek: 3,
    startDate: START,
    ...overrides,
  };
}

/** Karin, 50, chronic back pain and curious about retro-walking on the treadmill at home. */
export function karin(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    locale: 'en',
    age: 50,
    goals: ['back-pain', 'retro-walking'],
    backPain: { type: 'chronic', legPain: false },
    painNow: 3,
    activity: 'light',
    comfortableWalkMinutes: 12,
    equipment: { treadmill: true, railOrFlatPath: false, companion: false },
    daysPerWeek: 4,
    startDate: START,
    ...overrides,
  };
}

/** A person under 65, active, without fall risk, who wants retro-walking after a condition from the list. */
export function rehab(
  condition: 'stroke' | 'multiple-sclerosis' | 'recent-surgery',
  overrides: Partial<IntakeInput> = {},
): IntakeInput {
  return {
    locale: 'en',
    age: 58,
    goals: ['retro-walking'],
    activity: 'active',
    conditions: [condition],
    equipment: { treadmill: false, railOrFlatPath: true, companion: false },
    daysPerWeek: 3,
    startDate: START,
    ...overrides,
  };
}

/** Els, 61, gets dizzy now and then, wants to try retro-walking along the railing in her street. */
export function els(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    locale: 'en',
    age: 61,
    goals: ['retro-walking'],
    activity: 'light',
    impairments: ['dizziness'],
    equipment: { treadmill: false, railOrFlatPath: true, companion: false },
    daysPerWeek: 3,
    startDate: START,
    ...overrides,
  };
}

// ---- running the engine ------------------------------------------------------------------------------

export function build(
  intake: IntakeInput,
  logs: WalkLogInput[] = [],
  today = START,
  weeks?: number,
): PlanOutput {
  return weeks === undefined ? buildPlan({ intake, logs, today }) : buildPlan({ intake, logs, today, weeks });
}

/** The plan, or a failure that says why there was none. */
export function planOf(output: PlanOutput): Plan {
  if (output.plan === null) {
    throw new Error(
      `expected a plan, got none (triage ${output.triage.level}: ${output.triage.reasons.map((r) => r.code).join(', ')})`,
    );
  }
  return output.plan;
}

export function weekOf(plan: Plan, week: number): PlanWeek {
  const found = plan.weeks.find((w) => w.week === week);
  if (!found) throw new Error(`plan has no week ${week}`);
  return found;
}

export function allDays(plan: Plan): PlanDay[] {
  return plan.weeks.flatMap((w) => w.days);
}

export function dayOf(plan: Plan, date: string): PlanDay {
  const found = allDays(plan).find((d) => d.date === date);
  if (!found) throw new Error(`plan has no day ${date}`);
  return found;
}

export function minutesOf(sessions: readonly Session[], kind: WalkKind): number {
  return sessions.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.minutes, 0);
}

/** Forward minutes planned on a day. */
export function forwardOn(plan: Plan, date: string): number {
  return minutesOf(dayOf(plan, date).sessions, 'forward');
}

/** The Monday-to-Friday forward minutes per day of a week (weekdays carry no weekend long walk). */
export function weekdayForward(plan: Plan, week: number): number[] {
  return weekOf(plan, week)
    .days.slice(0, 5)
    .map((d) => minutesOf(d.sessions, 'forward'));
}

export function codes(reasons: readonly Reason[]): string[] {
  return reasons.map((r) => r.code);
}

export function decisionFor(output: PlanOutput, week: number, decision?: string) {
  return output.decisions.find((d) => d.week === week && (decision === undefined || d.decision === decision));
}

/** Every reason of an output, in one list: triage, decisions and notes. */
export function everyReason(output: PlanOutput): Reason[] {
  return [...output.triage.reasons, ...output.decisions.flatMap((d) => d.reasons), ...output.notes];
}

// ---- writing logs ------------------------------------------------------------------------------------

export interface WalkOverrides {
  /** Pain during the walk; 2 when left out. */
  painDuring?: number;
  /** Pain the next morning; not recorded (null) when left out. */
  painNextMorning?: number | null;
  /** Share of the planned minutes actually walked; 1 when left out. */
  share?: number;
  dizziness?: boolean;
  fall?: boolean;
  newSymptoms?: RedFlag[];
}

/**
 * Turns the plan's sessions from `from` to `to` (inclusive) into log entries, as if the person walked them.
 * `overrides` may be one set of values for every walk, or a function that picks them per walk.
 */
export function walkedAsPlanned(
  plan: Plan,
  from: string,
  to: string,
  overrides: WalkOverrides | ((session: Session, date: string) => WalkOverrides) = {},
): WalkLogInput[] {
  const logs: WalkLogInput[] = [];
  for (const day of allDays(plan)) {
    if (day.date < from || day.date > to) continue;
    for (const session of day.sessions) {
      const o = typeof overrides === 'function' ? overrides(session, day.date) : overrides;
      const share = o.share ?? 1;
      logs.push({
        date: day.date,
        kind: session.kind,
        minutes: Math.round(session.minutes * share * 2) / 2,
        painDuring: o.painDuring ?? 2,
        painNextMorning: o.painNextMorning ?? null,
        dizziness: o.dizziness ?? false,
        fall: o.fall ?? false,
        newSymptoms: o.newSymptoms ?? [],
      });
    }
  }
  return logs;
}

/** One logged walk. */
export function walk(
  date: string,
  kind: WalkKind,
  minutes: number,
  overrides: WalkOverrides = {},
): WalkLogInput {
  return {
    date,
    kind,
    minutes,
    painDuring: overrides.painDuring ?? 2,
    painNextMorning: overrides.painNextMorning ?? null,
    dizziness: overrides.dizziness ?? false,
    fall: overrides.fall ?? false,
    newSymptoms: overrides.newSymptoms ?? [],
  };
}

// ---- checks that read the whole plan -----------------------------------------------------------------

/**
 * SPIKE (docs/clinical-rules.md §3): every walk that breaks "no single walk, of any kind, more than 10%
 * longer than the longest walk of any kind in the past 30 days, unless it is 10 minutes or shorter". The
 * comfortable walk of the intake (at most 35) counts as a walk on the day before the plan starts. Meant
 * for projections (no logged walks).
 */
export function spikeBreaches(plan: Plan, comfortableWalkMinutes = 0): string[] {
  const walks: Array<{ date: string; minutes: number }> = [];
  if (comfortableWalkMinutes > 0)
    walks.push({ date: addDays(plan.startDate, -1), minutes: Math.min(35, comfortableWalkMinutes) });
  const breaches: string[] = [];
  for (const day of allDays(plan)) {
    const windowStart = addDays(day.date, -30);
    const longest = walks
      .filter((w) => w.date >= windowStart && w.date < day.date)
      .reduce((max, w) => Math.max(max, w.minutes), 0);
    for (const session of day.sessions) {
      if (session.minutes > 10 && session.minutes > longest * 1.1 + 1e-9) {
        breaches.push(
          `${day.date}: ${session.kind} ${session.minutes} min after a longest of ${longest} min`,
        );
      }
    }
    for (const session of day.sessions) walks.push({ date: day.date, minutes: session.minutes });
  }
  return breaches;
}

/** The largest number of forward minutes on any one day of each week. */
export function dailyForwardByWeek(plan: Plan): number[] {
  return plan.weeks.map((w) => Math.max(0, ...w.days.map((d) => minutesOf(d.sessions, 'forward'))));
}
