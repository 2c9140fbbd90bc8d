/**
 * A clinician's prescription in whole plans (docs/clinical-rules.md §6): changes count from their date,
 * are ceilings on the rules, and every line they cause names the clinician and their reason.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../build-plan.js';
import type { PlanOutput, Reason } from '../output.js';
import type { PrescriptionInput } from '../schema.js';
import { rawIntake } from '../test-support/intakes.js';
import { PlanInputError } from '../validation.js';

const by = { id: 'physio-1', name: 'Anna de Vries' };
const TODAY = '2026-12-20';

function plan(
  prescription: PrescriptionInput | undefined,
  intake = rawIntake({}),
  today = TODAY,
): PlanOutput {
  return buildPlan({ intake, today, weeks: 6, prescription });
}

function busiest(output: PlanOutput, week: number): number {
  const days = output.plan?.weeks[week - 1]?.days ?? [];
  return Math.max(...days.map((d) => d.sessions.reduce((sum, s) => sum + s.minutes, 0)));
}

function clinicianLines(output: PlanOutput): Reason[] {
  return output.decisions.flatMap((d) => d.reasons).filter((r) => r.source === 'CLINICIAN');
}

describe('a clinician’s plan changes', () => {
  it('leaves the plan exactly as it was without a prescription, or with an empty one', () => {
    const without = plan(undefined);
    expect(plan({})).toEqual(without);
    expect(plan({ changes: [], clearances: [] })).toEqual(without);
    expect(JSON.stringify(plan({}))).toBe(JSON.stringify(without));
  });

  it('lowers the start, and says who did and why', () => {
    const output = plan({ changes: [{ by, date: '2026-11-20', reason: 'Sore knee', startMinutes: 6 }] });
    expect(busiest(output, 1)).toBe(6);
    const [line] = clinicianLines(output);
    expect(line).toMatchObject({ source: 'CLINICIAN', by, clinicianReason: 'Sore knee' });
    expect(line?.message).toContain('Anna de Vries');
    expect(line?.message).toContain('Sore knee');
    expect(output.decisions[0]?.reasons).toContainEqual(line);
  });

  it('applies a higher start only up to the rules’ start, with the rule that limits it', () => {
    const output = plan({ changes: [{ by, date: '2026-11-20', reason: 'Fit', startMinutes: 30 }] });
    expect(busiest(output, 1)).toBe(10);
    const reasons = output.decisions[0]?.reasons ?? [];
    const limit = reasons.find((r) => r.code === 'clinician.limit.start');
    expect(limit).toMatchObject({ source: 'KNGF-C.2.2' });
    expect(limit?.message).toContain('10');
  });

  it('changes the plan from its date on, and leaves the weeks before as they were', () => {
    const without = plan(undefined);
    const output = plan({ changes: [{ by, date: '2026-12-07', reason: 'Slower', weeklyStepMinutes: 0 }] });
    expect(output.plan?.weeks.slice(0, 2)).toEqual(without.plan?.weeks.slice(0, 2));
    expect(busiest(output, 4)).toBeLessThanOrEqual(busiest(output, 3));
    const week3 = output.decisions.find((d) => d.week === 3 && d.decision !== 'pause');
    expect(week3?.reasons.some((r) => r.source === 'CLINICIAN')).toBe(true);
  });

  it('holds a weekly step above the rule’s to the rule, and says which rule', () => {
    const output = plan({ changes: [{ by, date: '2026-11-23', reason: 'Quick', weeklyStepMinutes: 8 }] });
    expect(output.plan).toEqual(plan(undefined).plan);
    const limit = output.decisions[0]?.reasons.find((r) => r.code === 'clinician.limit.step');
    expect(limit?.source).toBe('KNGF-C.2.2');
  });

  it('stops the build-up at a lower target', () => {
    const output = plan(
      { changes: [{ by, date: '2026-11-23', reason: 'Enough', targetMinutes: 12 }] },
      rawIntake({}),
      '2027-01-30',
    );
    for (let week = 1; week <= 6; week++) expect(busiest(output, week)).toBeLessThanOrEqual(12);
  });

  it('pauses the plan for the days asked, as a pause decision, then goes on from its start at most', () => {
    const output = plan({
      changes: [
        { by, date: '2026-11-30', reason: 'Holiday', pause: { from: '2026-12-01', until: '2026-12-06' } },
      ],
    });
    const week2 = output.plan?.weeks[1]?.days ?? [];
    expect(week2.filter((d) => d.sessions.length === 0).map((d) => d.date)).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    const pause = output.decisions.find((d) => d.decision === 'pause');
    expect(pause?.date).toBe('2026-12-01');
    expect(pause?.reasons[0]).toMatchObject({ source: 'CLINICIAN', by, clinicianReason: 'Holiday' });
    expect(clinicianLines(output).some((r) => r.code === 'clinician.pause-ended')).toBe(true);
  });

  it('takes retro-walking out and lets it back at its start', () => {
    const intake = rawIntake({ goals: ['retro-walking'], backPain: undefined, comfortableWalkMinutes: 20 });
    const output = plan(
      {
        changes: [
          { by, date: '2026-11-23', reason: 'Knee first', retroWalking: false },
          { by, date: '2026-12-14', reason: 'Knee fine', retroWalking: true },
        ],
      },
      intake,
      '2027-01-10',
    );
    const retroIn = (week: number) =>
      (output.plan?.weeks[week - 1]?.days ?? []).flatMap((d) => d.sessions).filter((s) => s.kind === 'retro');
    expect(retroIn(1)).toEqual([]);
    expect(retroIn(3)).toEqual([]);
    expect(retroIn(4).length).toBeGreaterThan(0);
    for (const session of retroIn(4)) expect(session.minutes).toBeLessThanOrEqual(5);
    // Taken out by a clinician, it does not "wait for a doctor's clearance".
    expect(output.decisions.flatMap((d) => d.reasons).some((r) => r.code === 'decision.retro-waiting')).toBe(
      false,
    );
  });

  it('caps the treadmill, and never above the rules’ cap', () => {
    const intake = rawIntake({
      goals: ['retro-walking'],
      backPain: undefined,
      comfortableWalkMinutes: 30,
      equipment: { treadmill: true },
    });
    const slow = plan(
      { changes: [{ by, date: '2026-11-23', reason: 'Unsteady', treadmillMaxKmh: 2.5 }] },
      intake,
    );
    const speeds = (output: PlanOutput) =>
      (output.plan?.weeks ?? []).flatMap((w) =>
        w.days.flatMap((d) => d.sessions.map((s) => s.treadmill?.speedKmh ?? 0)),
      );
    expect(Math.max(...speeds(slow))).toBeLessThanOrEqual(2.5);
    const fast = plan(
      { changes: [{ by, date: '2026-11-23', reason: 'Fit', treadmillMaxKmh: 6 }] },
      intake,
      '2027-02-20',
    );
    expect(Math.max(...speeds(fast))).toBeLessThanOrEqual(4);
    expect(fast.decisions[0]?.reasons.some((r) => r.code === 'clinician.limit.treadmill')).toBe(true);
  });
});

describe('clearances a clinician records', () => {
  const sign = {
    date: '2026-11-30',
    kind: 'forward',
    minutes: 5,
    painDuring: 1,
    newSymptoms: ['saddle-numbness'],
  } as const;

  it('never opens a plan after an emergency sign with a plan change alone', () => {
    const output = buildPlan({
      intake: rawIntake({}),
      logs: [sign],
      today: TODAY,
      prescription: { changes: [{ by, date: '2026-12-05', reason: 'Gentle', startMinutes: 4, pause: null }] },
    });
    expect(output.plan).toBeNull();
    expect(output.triage.level).toBe('emergency');
  });

  it('opens it again after care with a clearance of that sign, gently and with the reason', () => {
    const output = buildPlan({
      intake: rawIntake({}),
      logs: [sign],
      today: TODAY,
      prescription: {
        clearances: [
          {
            kind: 'emergency-sign',
            by,
            date: '2026-12-03',
            reason: 'Seen in hospital',
            sign: 'saddle-numbness',
            signDate: '2026-11-30',
          },
        ],
      },
    });
    expect(output.plan).not.toBeNull();
    expect(output.triage.level).toBe('routine-assessment');
    expect(output.triage.reasons[0]).toMatchObject({
      source: 'CLINICIAN',
      by,
      clinicianReason: 'Seen in hospital',
    });
    const resumed = clinicianLines(output).find((r) => r.code === 'clinician.resumed');
    expect(resumed?.message).toContain('3 December');
    // Paused from the day after the sign up to the clearance.
    const days = (output.plan?.weeks ?? []).flatMap((w) => w.days);
    expect(days.find((d) => d.date === '2026-12-02')?.sessions).toEqual([]);
    expect(days.find((d) => d.date === '2026-12-03')?.sessions.length).toBeGreaterThan(0);
  });

  it('does not clear another sign, or the sign on another day', () => {
    const clearance = {
      kind: 'emergency-sign',
      by,
      date: '2026-12-03',
      reason: 'x',
      sign: 'major-trauma',
      signDate: '2026-11-30',
    } as const;
    expect(
      buildPlan({
        intake: rawIntake({}),
        logs: [sign],
        today: TODAY,
        prescription: { clearances: [clearance] },
      }).plan,
    ).toBeNull();
    expect(
      buildPlan({
        intake: rawIntake({}),
        logs: [sign],
        today: TODAY,
        prescription: { clearances: [{ ...clearance, sign: 'saddle-numbness', signDate: '2026-11-29' }] },
      }).plan,
    ).toBeNull();
  });

  it('reopens a plan after an emergency sign given in the intake, dated from the plan’s start (§1)', () => {
    const intake = rawIntake({ redFlags: ['saddle-numbness'], startDate: '2026-12-01' });
    const clearance = {
      kind: 'emergency-sign',
      by,
      date: '2026-12-04',
      reason: 'MRI clear, seen by the neurologist',
      sign: 'saddle-numbness',
      signDate: '2026-12-01',
    } as const;
    expect(buildPlan({ intake, today: TODAY }).plan).toBeNull();
    const output = buildPlan({ intake, today: TODAY, prescription: { clearances: [clearance] } });
    expect(output.triage.level).toBe('routine-assessment');
    expect(output.triage.reasons[0]).toMatchObject({
      source: 'CLINICIAN',
      by,
      clinicianReason: 'MRI clear, seen by the neurologist',
    });
    // Nothing before the clearance: the person was waiting for care.
    const days = (output.plan?.weeks ?? []).flatMap((w) => w.days);
    expect(days.find((d) => d.date === '2026-12-03')?.sessions).toEqual([]);
    expect(days.find((d) => d.date === '2026-12-04')?.sessions.length).toBeGreaterThan(0);
    // A clearance that names another day does not count.
    const otherDay = { ...clearance, signDate: '2026-11-30' };
    expect(buildPlan({ intake, today: TODAY, prescription: { clearances: [otherDay] } }).plan).toBeNull();
    // A second emergency sign in the intake keeps the plan closed until it is cleared too.
    const both = rawIntake({ redFlags: ['saddle-numbness', 'major-trauma'], startDate: '2026-12-01' });
    expect(
      buildPlan({ intake: both, today: TODAY, prescription: { clearances: [clearance] } }).plan,
    ).toBeNull();
  });

  it('counts a GP clearance for this episode, and refuses an old one with the reason', () => {
    const intake = rawIntake({ redFlags: ['weight-loss'] });
    const fresh = plan(
      { clearances: [{ kind: 'gp', by, date: '2026-11-20', reason: 'Blood tests fine' }] },
      intake,
    );
    expect(fresh.plan).not.toBeNull();
    expect(fresh.triage.reasons.some((r) => r.code === 'clinician.gp-clearance' && r.by?.id === by.id)).toBe(
      true,
    );
    const old = plan({ clearances: [{ kind: 'gp', by, date: '2025-01-10', reason: 'Old letter' }] }, intake);
    expect(old.plan).toBeNull();
    expect(old.triage.reasons.some((r) => r.code === 'clinician.gp-clearance-refused')).toBe(true);
  });

  it('clears retro-walking after dizziness, still supervised, and lifts supervision after assessing', () => {
    const intake = rawIntake({
      goals: ['retro-walking'],
      backPain: undefined,
      impairments: ['dizziness'],
      comfortableWalkMinutes: 20,
    });
    const cleared = plan(
      { clearances: [{ kind: 'retro-walking', by, date: '2026-11-23', reason: 'Not dizzy since May' }] },
      intake,
    );
    const retro = (output: PlanOutput) =>
      (output.plan?.weeks ?? [])
        .flatMap((w) => w.days.flatMap((d) => d.sessions))
        .filter((s) => s.kind === 'retro');
    expect(retro(plan(undefined, intake))).toEqual([]);
    expect(retro(cleared).length).toBeGreaterThan(0);
    expect(retro(cleared).every((s) => s.supervised)).toBe(true);
    const lifted = plan(
      {
        clearances: [
          { kind: 'retro-walking', by, date: '2026-11-23', reason: 'Not dizzy since May' },
          { kind: 'retro-supervision', by, date: '2026-11-23', reason: 'Assessed: steady' },
        ],
      },
      intake,
    );
    expect(retro(lifted).every((s) => !s.supervised && !s.cues.includes('with-professional'))).toBe(true);
    // A lift changes who must be there, never the dose.
    expect(retro(lifted).map((s) => s.minutes)).toEqual(retro(cleared).map((s) => s.minutes));
  });
});

describe('a prescription that breaks the contract', () => {
  function problems(prescription: unknown): string[] {
    try {
      buildPlan({ intake: rawIntake({}), today: TODAY, prescription });
    } catch (error) {
      if (error instanceof PlanInputError) return error.problems.map((p) => `${p.path}: ${p.message}`);
      throw error;
    }
    return [];
  }

  it('names every field at fault', () => {
    expect(
      problems({
        changes: [
          { by, date: '2026-12-01', reason: 'x', weeklyStepMinutes: 50, colour: 'red' },
          { by: { id: '' }, date: '2027-01-01', reason: '   ', targetMinutes: 20 },
          { by, date: '2026-12-01', reason: 'nothing changed' },
          { by, date: '2026-12-01', reason: 'x', pause: { from: '2026-12-10', until: '2026-12-01' } },
        ],
        clearances: [
          { kind: 'emergency-sign', by, date: '2026-12-01', reason: 'x' },
          { kind: 'magic', by, date: '2026-12-01', reason: 'x' },
          { kind: 'gp', by, date: '2026-12-01', reason: 'x', sign: 'saddle-numbness' },
        ],
        notes: 'x',
      }),
    ).toEqual([
      'prescription.changes[0].weeklyStepMinutes: must be a whole number from 0 to 10',
      'prescription.changes[0].colour: is not a known field',
      'prescription.changes[1].by.id: must be text of 1 to 100 characters',
      'prescription.changes[1].by.name: is required',
      'prescription.changes[1].reason: must be text of 1 to 500 characters',
      expect.stringContaining('prescription.changes[2]: must change at least one of'),
      'prescription.changes[3].pause.until: must not be before "from"',
      'prescription.clearances[0].sign: is required when kind is "emergency-sign"',
      'prescription.clearances[0].signDate: is required when kind is "emergency-sign"',
      expect.stringContaining('prescription.clearances[1].kind: must be one of'),
      'prescription.clearances[2].sign: belongs only to a clearance of kind "emergency-sign"',
      'prescription.notes: is not a known field',
    ]);
  });

  it('refuses dates after today, and a clearance before the sign it clears', () => {
    expect(
      problems({
        changes: [{ by, date: '2026-12-21', reason: 'x', targetMinutes: 20 }],
        clearances: [
          {
            kind: 'emergency-sign',
            by,
            date: '2026-11-01',
            reason: 'x',
            sign: 'saddle-numbness',
            signDate: '2026-11-02',
          },
        ],
      }),
    ).toEqual([
      'prescription.changes[0].date: is after today (2026-12-20)',
      'prescription.clearances[0].date: is before the sign it clears (signDate): care comes after the sign',
    ]);
  });
});
