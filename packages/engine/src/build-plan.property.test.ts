/**
 * Rules that must hold for every valid intake and log, not only for the people we thought of
 * (clinical-rules §1–5). A failing case that fast-check finds is pinned in `regressions` below.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from './build-plan.js';
import { dayNumber } from './dates.js';
import type { PlanOutput, Reason } from './output.js';
import {
  ACTIVE_TARGET_SESSION,
  retroDays,
  SUPERVISED_FROM_AGE,
  TREADMILL_MAX_KMH_ACTIVE,
} from './programme/retro.js';
import { intakeSchema, walkLogSchema } from './schema.js';
import { SOURCES } from './sources.js';
import { scenarioArbitrary, type Scenario } from './test-support/arbitraries.js';

// PROPERTY_RUNS raises the count for a deeper hunt (e.g. PROPERTY_RUNS=5000 npx vitest run …).
const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);

function run(scenario: Scenario): PlanOutput {
  return buildPlan(scenario);
}

/** Every rule below, as one check, so pinned regressions are checked against all of them. */
const checks: Record<string, (scenario: Scenario, output: PlanOutput) => void> = {
  'emergency and uncleared gp-soon never get a plan'(scenario, output) {
    if (output.triage.level === 'emergency') expect(output.plan).toBeNull();
    if (output.triage.level === 'gp-soon' && scenario.intake.clearedBy?.by !== 'gp')
      expect(output.plan).toBeNull();
    if (output.plan === null) expect(output.decisions.every((d) => !d.projected)).toBe(true);
  },

  'every week has seven consecutive days and the plan has the asked number of weeks'(scenario, output) {
    if (!output.plan) return;
    expect(output.plan.weeks).toHaveLength(scenario.weeks);
    let expected = dayNumber(output.plan.startDate);
    for (const week of output.plan.weeks) {
      expect(week.days).toHaveLength(7);
      for (const day of week.days) expect(dayNumber(day.date)).toBe(expected++);
    }
  },

  'forward walking grows at most 5 minutes a day per week'(_scenario, output) {
    if (!output.plan) return;
    const busiest = output.plan.weeks.map((week) =>
      Math.max(
        ...week.days.map((day) =>
          sum(day.sessions.filter((s) => s.kind === 'forward').map((s) => s.minutes)),
        ),
      ),
    );
    for (let w = 1; w < busiest.length; w++)
      expect(busiest[w]).toBeLessThanOrEqual((busiest[w - 1] ?? 0) + 5);
  },

  'retro-walking grows at most 10% a week on a full week, and restarts at most at its start dose'(
    scenario,
    output,
  ) {
    if (!output.plan) return;
    const intake = intakeSchema.parse(scenario.intake);
    const retroOffsets = retroDays(intake.daysPerWeek);
    const startWeekly = retroStartSession(output) * retroOffsets.length;
    const weeks = output.plan.weeks;
    for (let w = 1; w < weeks.length; w++) {
      const before = weeks[w - 1];
      const now = weeks[w]?.totals.retroMinutes ?? 0;
      if (!before) continue;
      const full = retroOffsets.every((offset) =>
        before.days[offset]?.sessions.some((s) => s.kind === 'retro'),
      );
      const limit = full ? before.totals.retroMinutes * 1.1 : startWeekly;
      expect(now, `week ${w + 1}`).toBeLessThanOrEqual(limit + 1e-9);
    }
  },

  'week totals add up'(_scenario, output) {
    for (const week of output.plan?.weeks ?? []) {
      const sessions = week.days.flatMap((d) => d.sessions);
      expect(week.totals.forwardMinutes).toBeCloseTo(
        sum(sessions.filter((s) => s.kind === 'forward').map((s) => s.minutes)),
      );
      expect(week.totals.retroMinutes).toBeCloseTo(
        sum(sessions.filter((s) => s.kind === 'retro').map((s) => s.minutes)),
      );
    }
  },

  'no single walk is more than 10% longer than the longest of the past 30 days, unless 10 minutes or less'(
    scenario,
    output,
  ) {
    if (!output.plan) return;
    const today = dayNumber(scenario.today);
    const walks: Array<{ day: number; kind: string; minutes: number }> = [];
    const intake = intakeSchema.parse(scenario.intake);
    const start = dayNumber(output.plan.startDate);
    if ((intake.comfortableWalkMinutes ?? 0) > 0) {
      walks.push({ day: start - 1, kind: 'forward', minutes: intake.comfortableWalkMinutes ?? 0 });
    }
    for (const log of scenario.logs.map((l) => walkLogSchema.parse(l))) {
      if (dayNumber(log.date) < today)
        walks.push({ day: dayNumber(log.date), kind: log.kind, minutes: log.minutes });
    }
    for (const week of output.plan.weeks) {
      for (const day of week.days) {
        const d = dayNumber(day.date);
        if (d >= today)
          for (const s of day.sessions) walks.push({ day: d, kind: s.kind, minutes: s.minutes });
      }
    }
    const retroStart = retroStartSession(output);
    for (const week of output.plan.weeks) {
      for (const day of week.days) {
        const d = dayNumber(day.date);
        for (const session of day.sessions) {
          if (session.minutes <= 10) continue;
          const longest = Math.max(
            0,
            ...walks
              .filter((w) => w.kind === session.kind && w.day < d && w.day >= d - 30)
              .map((w) => w.minutes),
          );
          const allowed = longest > 0 ? longest * 1.1 : session.kind === 'retro' ? retroStart : 10;
          expect(session.minutes, `${session.kind} walk on ${day.date}`).toBeLessThanOrEqual(allowed + 1e-9);
        }
      }
    }
  },

  'retro sessions stay within 60 minutes and treadmill speeds within 4.5 km/h'(_scenario, output) {
    for (const session of sessionsOf(output)) {
      expect(session.minutes).toBeGreaterThan(0);
      if (session.kind === 'retro') expect(session.minutes).toBeLessThanOrEqual(ACTIVE_TARGET_SESSION);
      if (session.treadmill) {
        expect(session.kind).toBe('retro');
        expect(session.treadmill.speedKmh).toBeGreaterThanOrEqual(3);
        expect(session.treadmill.speedKmh).toBeLessThanOrEqual(TREADMILL_MAX_KMH_ACTIVE);
      }
      expect(session.minutes * 2).toBe(Math.round(session.minutes * 2)); // whole or half minutes
    }
  },

  'retro-walking is supervised whenever the rules require it'(scenario, output) {
    const intake = intakeSchema.parse(scenario.intake);
    const intakeLevel = buildPlan({ intake: scenario.intake, today: scenario.today, weeks: 1 }).triage.level;
    const alwaysRequired =
      intake.age >= SUPERVISED_FROM_AGE ||
      intake.fallRisk.length > 0 ||
      // balance, vision, and dizziness (cleared, or retro-walking would not be there at all)
      intake.impairments.length > 0 ||
      intake.conditions.some((c) => c === 'stroke' || c === 'multiple-sclerosis' || c === 'recent-surgery') ||
      intakeLevel === 'routine-assessment';
    // A re-triage to routine-assessment (a fall, a long flare, repeated step-backs) holds from today on.
    const requiredFromToday = output.triage.level === 'routine-assessment';
    const today = dayNumber(scenario.today);
    const firstFall = Math.min(
      ...scenario.logs
        .map((l) => walkLogSchema.parse(l))
        .filter((l) => l.fall)
        .map((l) => dayNumber(l.date)),
    );
    for (const week of output.plan?.weeks ?? []) {
      for (const day of week.days) {
        const d = dayNumber(day.date);
        for (const session of day.sessions.filter((s) => s.kind === 'retro')) {
          if (alwaysRequired || d > firstFall || (requiredFromToday && d >= today)) {
            expect(session.supervised, `retro on ${day.date}`).toBe(true);
            expect(session.cues).toContain('with-professional');
          }
        }
      }
    }
  },

  'forward walking is on every day that has retro-walking, before it'(_scenario, output) {
    for (const week of output.plan?.weeks ?? []) {
      for (const day of week.days) {
        const retroAt = day.sessions.findIndex((s) => s.kind === 'retro');
        if (retroAt < 0) continue;
        expect(
          day.sessions.slice(0, retroAt).some((s) => s.kind === 'forward'),
          day.date,
        ).toBe(true);
      }
    }
  },

  'no retro-walking with dizziness until a professional clears it'(scenario, output) {
    const intake = intakeSchema.parse(scenario.intake);
    if (intake.impairments.includes('dizziness') && intake.clearedBy === undefined) {
      expect(sessionsOf(output).filter((s) => s.kind === 'retro')).toEqual([]);
    }
    const logs = scenario.logs.map((l) => walkLogSchema.parse(l));
    const stops = logs
      .filter((l) => l.dizziness || (l.fall && l.kind === 'retro'))
      .map((l) => dayNumber(l.date));
    if (stops.length === 0 || intake.clearedBy !== undefined) return;
    const firstStop = Math.min(...stops);
    for (const week of output.plan?.weeks ?? []) {
      for (const day of week.days) {
        if (dayNumber(day.date) > firstStop)
          expect(
            day.sessions.some((s) => s.kind === 'retro'),
            day.date,
          ).toBe(false);
      }
    }
  },

  'every reason names a known source and has a filled-in message'(_scenario, output) {
    const reasons: Reason[] = [
      ...output.triage.reasons,
      ...output.decisions.flatMap((d) => d.reasons),
      ...output.notes,
    ];
    expect(output.triage.reasons.length).toBeGreaterThan(0);
    for (const r of reasons) {
      expect(SOURCES).toContain(r.source);
      expect(r.message.length).toBeGreaterThan(10);
      expect(r.message).not.toMatch(/[{}]|undefined|NaN/);
    }
  },

  'decisions are known, and every plan week has one'(_scenario, output) {
    for (const d of output.decisions) {
      expect(['start', 'progress', 'hold', 'regress', 'stop-retro', 'pause']).toContain(d.decision);
      expect(d.reasons.length).toBeGreaterThan(0);
    }
    for (const week of output.plan?.weeks ?? []) {
      expect(
        output.decisions.some(
          (d) => d.week === week.week && d.decision !== 'stop-retro' && d.decision !== 'pause',
        ),
      ).toBe(true);
    }
  },

  'the same input gives the same output, whatever the order of the log'(scenario, output) {
    expect(run(scenario)).toEqual(output);
    expect(run({ ...scenario, logs: [...scenario.logs].reverse() })).toEqual(output);
  },
};

/** Cases fast-check once found; every check runs on them too. */
const regressions: Array<{ name: string; scenario: Scenario }> = [
  {
    // Two walks on one day (dizziness; new saddle numbness) replayed in another order gave the
    // stop and the pause decisions in another order.
    name: 'same-day safety events in any order',
    scenario: {
      intake: {
        locale: 'en',
        age: 108,
        painNow: 7,
        activity: 'light',
        impairments: ['balance', 'vision'],
        riskFactors: ['stress', 'low-mood'],
        equipment: { treadmill: false, railOrFlatPath: true, companion: true },
        daysPerWeek: 1,
        goals: ['retro-walking'],
        startDate: '2026-12-23',
        comfortableWalkMinutes: 1.9e-117,
        clearedBy: { by: 'physio', date: '2026-11-01' },
      },
      logs: [
        {
          date: '2026-12-09',
          kind: 'forward',
          minutes: 0,
          painDuring: 0,
          painNextMorning: null,
          dizziness: true,
        },
        { date: '2026-12-09', kind: 'forward', minutes: 0, painDuring: 0, newSymptoms: ['saddle-numbness'] },
      ],
      today: '2026-12-17',
      weeks: 12,
    },
  },
  {
    // A fall logged today acted only from tomorrow, so the rest of today still offered retro-walking
    // without supervision, though triage already asked for it.
    name: 'a fall logged today makes today supervised',
    scenario: {
      intake: {
        locale: 'nl',
        age: 22,
        painNow: 8,
        activity: 'light',
        equipment: { treadmill: false, railOrFlatPath: true, companion: false },
        daysPerWeek: 1,
        goals: ['back-pain', 'retro-walking'],
        startDate: '2026-11-17',
        backPain: { type: 'muscle-tension', legPain: false },
        comfortableWalkMinutes: 0,
        clearedBy: { by: 'physio', date: '2026-10-03' },
      },
      logs: [{ date: '2027-01-05', kind: 'forward', minutes: 0, painDuring: 0, fall: true }],
      today: '2027-01-05',
      weeks: 20,
    },
  },
];

describe('buildPlan regressions', () => {
  for (const { name, scenario } of regressions) {
    it.each(Object.entries(checks))(`${name}: %s`, (_rule, check) => {
      check(scenario, run(scenario));
    });
  }
});

describe('buildPlan properties', () => {
  for (const [name, check] of Object.entries(checks)) {
    it(name, { timeout: 10_000 + RUNS * 25 }, () => {
      fc.assert(
        fc.property(scenarioArbitrary, (scenario) => {
          check(scenario, run(scenario));
        }),
        { numRuns: RUNS },
      );
    });
  }
});

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function sessionsOf(output: PlanOutput) {
  return (output.plan?.weeks ?? []).flatMap((w) => w.days.flatMap((d) => d.sessions));
}

/** The retro programme's first session length, from the start decision's reason. */
function retroStartSession(output: PlanOutput): number {
  const start = output.decisions.find((d) => d.decision === 'start');
  return start?.reasons.some((r) => r.code === 'retro.start-active') ? 20 : 5;
}
