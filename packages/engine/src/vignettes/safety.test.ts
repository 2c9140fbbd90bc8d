/**
 * Safety vignettes (docs/clinical-rules.md §1, §5; plan-contract "plan is null for emergency, and for gp-soon
 * unless clearedBy is given"). The flag lists are written out from the spec on purpose, so a flag that
 * the engine files under the wrong level shows up here.
 */
import { describe, expect, it } from 'vitest';
import type { PlanOutput } from '../output.js';
import type { IntakeInput } from '../schema.js';
import { PlanInputError } from '../validation.js';
import {
  addDays,
  allDays,
  build,
  codes,
  dailyForwardByWeek,
  dayOf,
  everyReason,
  joke,
  karin,
  planOf,
  START,
  walk,
  walkedAsPlanned,
} from './people.js';

const EMERGENCY_FLAGS = [
  'saddle-numbness',
  'bladder-bowel-change',
  'both-legs-weak-or-numb',
  'worsening-weakness',
  'major-trauma',
] as const;

const GP_FLAGS = [
  'cancer-history',
  'weight-loss',
  'fever-or-ill',
  'steroids-or-immunosuppressed',
  'osteoporosis-minor-fall',
  'night-pain-worsening',
  'leg-giving-way',
  'unsure',
] as const;

const ROUTINE_GUIDANCE = [
  'stiff-si-joints',
  'weak-hips',
  'movement-insecurity',
  'breathing-stays-high',
] as const;

const LEVEL_RANK = { 'self-manage': 0, 'routine-assessment': 1, 'gp-soon': 2, emergency: 3 } as const;

function mentions112(output: PlanOutput): boolean {
  return output.triage.reasons.some((r) => r.message.includes('112'));
}

describe.each(EMERGENCY_FLAGS)('Joke, 52, back pain, answers yes to "%s"', (flag) => {
  const intake = (locale: 'nl' | 'en'): IntakeInput => joke({ locale, redFlags: [flag] });

  it('gets no plan and no decisions, only the emergency advice', () => {
    const output = build(intake('en'));
    expect(output.triage.level).toBe('emergency');
    expect(output.plan).toBeNull();
    expect(output.decisions).toEqual([]);
    expect(codes(output.triage.reasons)).toContain(`red-flag.${flag}`);
  });

  it('is told to call 112 now, in Dutch and in English', () => {
    const nl = build(intake('nl'));
    const en = build(intake('en'));
    expect(mentions112(nl)).toBe(true);
    expect(mentions112(en)).toBe(true);
    expect(nl.triage.reasons.map((r) => r.message)).not.toEqual(en.triage.reasons.map((r) => r.message));
  });

  it('still gets no plan when a GP clearance is recorded: an emergency is not a GP matter', () => {
    const output = build(joke({ redFlags: [flag], clearedBy: { by: 'gp', date: '2026-11-20' } }));
    expect(output.triage.level).toBe('emergency');
    expect(output.plan).toBeNull();
  });
});

describe.each(GP_FLAGS)('Joke, 52, back pain, answers yes to "%s"', (flag) => {
  it('must see her GP first: level gp-soon, no plan', () => {
    const output = build(joke({ redFlags: [flag] }));
    expect(output.triage.level).toBe('gp-soon');
    expect(output.plan).toBeNull();
    expect(codes(output.triage.reasons)).toContain(`red-flag.${flag}`);
    expect(mentions112(output)).toBe(false);
  });

  it('gets her plan once she records that her GP cleared her', () => {
    const output = build(joke({ redFlags: [flag], clearedBy: { by: 'gp', date: '2026-11-20' } }));
    const plan = planOf(output);
    expect(plan.weeks).toHaveLength(12);
    expect(plan.weeks[0]?.totals.forwardMinutes).toBeGreaterThan(0);
  });

  it('does not get a plan from a physiotherapist clearance', () => {
    const output = build(joke({ redFlags: [flag], clearedBy: { by: 'physio', date: '2026-11-20' } }));
    expect(output.triage.level).toBe('gp-soon');
    expect(output.plan).toBeNull();
  });
});

describe('Jan, 45, severe nerve pain with moments where his leg gives way', () => {
  it('is sent to the GP first: a neurological sign, no plan yet', () => {
    const output = build(joke({ age: 45, needsGuidance: ['severe-nerve-pain'] }));
    expect(output.triage.level).toBe('gp-soon');
    expect(output.plan).toBeNull();
  });
});

describe.each(ROUTINE_GUIDANCE)('Sandra, 48, light activity, back pain with "%s"', (situation) => {
  const output = build(joke({ age: 48, needsGuidance: [situation] }));
  const usual = build(joke({ age: 48 }));

  it('gets a gentle plan with the advice to see a physiotherapist', () => {
    expect(output.triage.level).toBe('routine-assessment');
    expect(codes(output.triage.reasons)).toEqual(
      expect.arrayContaining([`guidance.${situation}`, 'see-physio']),
    );
    const gentle = dailyForwardByWeek(planOf(output));
    const selfManaged = dailyForwardByWeek(planOf(usual));
    expect(gentle[0]).toBe(selfManaged[0]);
    expect(gentle[5]).toBeLessThan(selfManaged[5] ?? 0);
  });
});

describe('Joke notices numbness around her seat on Wednesday evening after a walk', () => {
  const logs = [
    walk('2026-11-23', 'forward', 4, { painNextMorning: 3 }),
    walk('2026-11-25', 'forward', 4, { newSymptoms: ['saddle-numbness'] }),
  ];
  const output = build(joke(), logs, '2026-11-26');

  it('is triaged as an emergency: no plan, told to call 112', () => {
    expect(output.triage.level).toBe('emergency');
    expect(output.plan).toBeNull();
    expect(mentions112(output)).toBe(true);
  });

  it('sees a pause decision that says why the plan stopped', () => {
    const pause = output.decisions.find((d) => d.decision === 'pause');
    expect(pause).toBeDefined();
    expect(pause?.date).toBe('2026-11-26');
    expect(output.decisions.every((d) => !d.projected)).toBe(true);
  });
});

describe('Joke reports a leg giving way on Wednesday, and her GP checks her on Friday', () => {
  const logs = [walk('2026-11-25', 'forward', 4, { painNextMorning: 3, newSymptoms: ['leg-giving-way'] })];

  it('before the GP visit: gp-soon, no plan, a pause', () => {
    const output = build(joke(), logs, '2026-11-26');
    expect(output.triage.level).toBe('gp-soon');
    expect(output.plan).toBeNull();
    expect(output.decisions.some((d) => d.decision === 'pause')).toBe(true);
  });

  it('after the GP cleared her: the plan is back, with the paused day empty and walking from the GP visit on', () => {
    const output = build(joke({ clearedBy: { by: 'gp', date: '2026-11-27' } }), logs, '2026-11-30');
    const plan = planOf(output);
    expect(dayOf(plan, '2026-11-26').sessions).toEqual([]);
    expect(dayOf(plan, '2026-11-27').sessions.length).toBeGreaterThan(0);
    expect(output.triage.recheckRedFlags).toBe(true);
    expect(codes(everyReason(output))).toContain('decision.resumed');
  });
});

describe('Karin, 50, reports a leg giving way on Tuesday; her GP clears her on Sunday', () => {
  const logs = [
    walk('2026-11-23', 'forward', 12, { painNextMorning: 3 }),
    walk('2026-11-23', 'retro', 5, { painNextMorning: 3 }),
    walk('2026-11-24', 'forward', 12, { painNextMorning: 3, newSymptoms: ['leg-giving-way'] }),
  ];
  const output = build(karin({ clearedBy: { by: 'gp', date: '2026-11-29' } }), logs, '2026-11-30');
  const plan = planOf(output);
  const retroMinutes = (week: number) =>
    plan.weeks[week - 1]?.days.flatMap((d) =>
      d.sessions.filter((s) => s.kind === 'retro').map((s) => s.minutes),
    ) ?? [];

  it('has no walks while the plan was paused, and walks again from the GP visit on', () => {
    for (const date of ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28']) {
      expect(dayOf(plan, date).sessions).toEqual([]);
    }
    expect(dayOf(plan, '2026-11-29').sessions.length).toBeGreaterThan(0);
  });

  it('picks retro-walking up where it was: the 5-minute sessions, no cut without a reason', () => {
    // 29 of the 36 planned minutes of week 1 were walked (over 80%), without pain: no step back
    expect(output.decisions.find((d) => d.week === 2 && d.decision !== 'pause')?.decision).not.toBe(
      'regress',
    );
    expect(retroMinutes(1)).toEqual([5]);
    expect(retroMinutes(2)).toHaveLength(4);
    expect(Math.min(...retroMinutes(2))).toBeGreaterThanOrEqual(5);
  });
});

describe('Karin, 50, trips and falls during a forward walk on Tuesday', () => {
  const planned = planOf(build(karin()));
  const logs = walkedAsPlanned(planned, START, '2026-11-24', (session, date) => ({
    painNextMorning: 3,
    fall: date === '2026-11-24' && session.kind === 'forward' && session.partOfDay === 'morning',
  }));
  const output = build(karin(), logs, '2026-11-26');
  const plan = planOf(output);

  it('is triaged again: at least a routine assessment, and asked the red-flag questions again', () => {
    expect(LEVEL_RANK[output.triage.level]).toBeGreaterThanOrEqual(LEVEL_RANK['routine-assessment']);
    expect(codes(output.triage.reasons)).toContain('retriage.fall');
    expect(output.triage.recheckRedFlags).toBe(true);
  });

  it('walks backwards only under supervision from the day after the fall; before it she did not need to', () => {
    const before = dayOf(plan, START).sessions.filter((s) => s.kind === 'retro');
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((s) => !s.supervised)).toBe(true);
    const after = allDays(plan)
      .filter((d) => d.date > '2026-11-24')
      .flatMap((d) => d.sessions.filter((s) => s.kind === 'retro'));
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((s) => s.supervised)).toBe(true);
  });

  it('keeps walking forward every day', () => {
    const after = allDays(plan).filter((d) => d.date > '2026-11-24');
    expect(after.every((d) => d.sessions.some((s) => s.kind === 'forward'))).toBe(true);
  });
});

describe('Karin, 50, nearly falls while walking backwards on Wednesday', () => {
  const planned = planOf(build(karin()));
  const logs = walkedAsPlanned(planned, START, '2026-11-25', (session, date) => ({
    painNextMorning: 3,
    fall: date === '2026-11-25' && session.kind === 'retro',
  }));
  const output = build(karin(), logs, '2026-11-27');
  const plan = planOf(output);

  it('stops retro-walking from the next day on and is advised to see a professional', () => {
    const stop = output.decisions.find((d) => d.decision === 'stop-retro');
    expect(stop?.date).toBe('2026-11-26');
    expect(stop?.reasons.some((r) => /physiotherapist/.test(r.message))).toBe(true);
    const retroAfter = allDays(plan).filter(
      (d) => d.date > '2026-11-25' && d.sessions.some((s) => s.kind === 'retro'),
    );
    expect(retroAfter).toEqual([]);
    expect(LEVEL_RANK[output.triage.level]).toBeGreaterThanOrEqual(LEVEL_RANK['routine-assessment']);
  });

  it('keeps walking forward every day', () => {
    const after = allDays(plan).filter((d) => d.date > '2026-11-25');
    expect(after.length).toBe(12 * 7 - 3);
    expect(after.every((d) => d.sessions.some((s) => s.kind === 'forward'))).toBe(true);
  });
});

describe('Kim, 33, fever, records a GP clearance dated three days from now', () => {
  it('does not get a plan before the GP has actually seen her (rejected input or no plan)', () => {
    const intake = joke({
      age: 33,
      redFlags: ['fever-or-ill'],
      clearedBy: { by: 'gp', date: addDays(START, 3) },
    });
    let output: PlanOutput | undefined;
    try {
      output = build(intake);
    } catch (error) {
      expect(error).toBeInstanceOf(PlanInputError);
      expect((error as PlanInputError).problems.map((p) => p.path)).toContain('intake.clearedBy.date');
      return;
    }
    expect(output.triage.level).toBe('gp-soon');
    expect(output.plan).toBeNull();
  });
});
