/**
 * Nobody is held for ever (docs/clinical-rules.md §5): people are simulated week by week, each walking
 * what the plan asks as far as they can, and the plan must move with them. Two traps the rules close:
 * someone whose usual pain is high (6/10 or more) and walks without it getting worse must progress, and
 * someone who keeps walking under 80% must get a dose they can reach after two holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from './build-plan.js';
import { dayNumber, isoDate } from './dates.js';
import type { PlanOutput } from './output.js';
import { startingDayTotal } from './rules/start-dose.js';
import { HOLDS_BEFORE_MOVING } from './rules/too-few-minutes.js';
import { MIN_RETRO_SESSION } from './rules/total-load-cap.js';
import { painDuringLimit } from './rules/week-review.js';
import type { IntakeInput, WalkLogInput } from './schema.js';

const RUNS = Math.max(20, Math.round(Number(process.env.PROPERTY_RUNS ?? 300) / 4));
const START = dayNumber('2026-11-23');
const WEEKS = 7;

interface Person {
  intake: IntakeInput;
  /** The most this person walks in a day, whatever the plan asks. */
  dailyCapacity: number;
}

const personArbitrary: fc.Arbitrary<Person> = fc
  .record({
    age: fc.integer({ min: 18, max: 64 }),
    painNow: fc.integer({ min: 0, max: 10 }),
    activity: fc.constantFrom('inactive' as const, 'light' as const, 'active' as const),
    comfortable: fc.integer({ min: 3, max: 40 }),
    goals: fc.constantFrom<IntakeInput['goals']>(
      ['back-pain'],
      ['back-pain', 'retro-walking'],
      ['retro-walking'],
    ),
    // enough to walk the start and the shortest retro session beside it
    extra: fc.integer({ min: MIN_RETRO_SESSION, max: 40 }),
  })
  .map(({ age, painNow, activity, comfortable, goals, extra }) => {
    const intake: IntakeInput = {
      locale: 'en',
      age,
      goals,
      painNow,
      activity,
      comfortableWalkMinutes: comfortable,
      startDate: isoDate(START),
      daysPerWeek: 3,
    };
    if (goals.includes('back-pain')) intake.backPain = { type: 'chronic', legPain: false };
    // Everyone can at least walk the start; some can do much more.
    return {
      intake,
      dailyCapacity: startingDayTotal({ comfortableWalkMinutes: comfortable, activity }).minutes + extra,
    };
  });

/** Builds the plan at the start of each week and walks that week as the person can. */
function simulate(person: Person): PlanOutput {
  const { intake, dailyCapacity } = person;
  const baseline = intake.painNow ?? 0;
  const logs: WalkLogInput[] = [];
  for (let week = 1; week <= WEEKS; week++) {
    const weekStart = START + (week - 1) * 7;
    const output = buildPlan({ intake, logs, today: isoDate(weekStart) });
    const days = output.plan?.weeks[week - 1]?.days ?? [];
    for (const day of days) {
      let left = dailyCapacity;
      for (const session of day.sessions) {
        const minutes = Math.min(session.minutes, left);
        left -= minutes;
        if (minutes <= 0) continue;
        logs.push({
          date: day.date,
          kind: session.kind,
          minutes,
          // as much pain as the rules still accept, and a calm next morning, recorded
          painDuring: Math.min(10, painDuringLimit(baseline)),
          painNextMorning: baseline,
        });
      }
    }
  }
  return buildPlan({ intake, logs, today: isoDate(START + WEEKS * 7) });
}

describe('nobody is held for ever (§5)', () => {
  it('is never held more than twice in a row for too few minutes: the plan moves to what was walked', () => {
    fc.assert(
      fc.property(personArbitrary, (person) => {
        const output = simulate(person);
        let run = 0;
        for (const decision of output.decisions.filter((d) => !d.projected && d.week > 1)) {
          const tooFew = decision.reasons.some((r) => r.code === 'decision.hold.minutes');
          const moved = decision.reasons.some((r) => r.code === 'decision.moved-to-walked');
          run = tooFew && !moved ? run + 1 : 0;
          expect(run, `week ${decision.week}`).toBeLessThanOrEqual(HOLDS_BEFORE_MOVING);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('progresses whoever walks the whole plan without it hurting more than the rules accept, whatever the usual pain', () => {
    fc.assert(
      fc.property(personArbitrary, (person) => {
        const output = simulate({ ...person, dailyCapacity: 1_000 });
        for (const decision of output.decisions.filter((d) => !d.projected && d.week > 1)) {
          const codes = decision.reasons.map((r) => r.code);
          expect(codes, `week ${decision.week}`).not.toContain('decision.hold.pain-during');
          expect(codes, `week ${decision.week}`).not.toContain('decision.hold.minutes');
        }
        // The build-up is complete: said in the first week that holds, and standing until it changes
        // (one line per change).
        let complete = false;
        for (const decision of output.decisions) {
          const codes = decision.reasons.map((r) => r.code);
          if (codes.includes('decision.target-reached')) complete = true;
          else if (decision.decision === 'progress' || decision.decision === 'regress') complete = false;
          if (decision.projected || decision.week === 1 || decision.decision === 'progress') continue;
          // the only other answer for them: the build-up is complete
          expect(complete, `week ${decision.week}: ${codes.join(', ')}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
