/**
 * Retro-walking vignettes (docs/clinical-rules.md §4, SEED-RW, STEADI): who may walk backwards, with whom, how
 * much, and that forward walking always stays in the plan.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, PlanDay, Session } from '../output.js';
import {
  allDays,
  build,
  codes,
  daan,
  els,
  gerrit,
  karin,
  planOf,
  rehab,
  spikeBreaches,
  weekOf,
} from './people.js';

function retroSessions(plan: Plan): Session[] {
  return allDays(plan).flatMap((d) => d.sessions.filter((s) => s.kind === 'retro'));
}

function retroDays(plan: Plan): PlanDay[] {
  return allDays(plan).filter((d) => d.sessions.some((s) => s.kind === 'retro'));
}

/** Days on which a retro session is not directly preceded by a forward walk the same day. */
function retroWithoutWarmUp(plan: Plan): string[] {
  const missing: string[] = [];
  for (const day of allDays(plan)) {
    day.sessions.forEach((session, i) => {
      if (session.kind !== 'retro') return;
      const before = day.sessions[i - 1];
      if (before?.kind !== 'forward' || before.partOfDay !== session.partOfDay) missing.push(day.date);
    });
  }
  return missing;
}

/** Week-on-week growth of the weekly retro minutes, as a ratio. */
function retroGrowth(plan: Plan): number[] {
  const totals = plan.weeks.map((w) => w.totals.retroMinutes);
  return totals.slice(1).map((t, i) => t / (totals[i] ?? 1));
}

describe('Gerrit, 78, unsteady on his feet with poor balance, wants to walk backwards', () => {
  const output = build(gerrit());
  const plan = planOf(output);

  it('walks backwards only under supervision, with the reasons named (age, feeling unsteady, balance)', () => {
    const sessions = retroSessions(plan);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.supervised)).toBe(true);
    expect(sessions.every((s) => s.cues.includes('with-professional'))).toBe(true);
    expect(codes(output.decisions[0]?.reasons ?? [])).toEqual(
      expect.arrayContaining([
        'retro.supervised.age',
        'retro.supervised.fall-risk',
        'retro.supervised.balance',
      ]),
    );
  });

  it('starts at the beginner dose: 5 minutes, on 4 days a week', () => {
    const week1 = retroDays({ ...plan, weeks: [weekOf(plan, 1)] });
    expect(week1).toHaveLength(4);
    for (const day of week1) expect(day.sessions.find((s) => s.kind === 'retro')?.minutes).toBe(5);
  });

  it('warms up with a forward walk right before every retro session', () => {
    expect(retroWithoutWarmUp(plan)).toEqual([]);
  });

  it('builds up by about 10% a week at most and stays within the beginner range of 10 minutes', () => {
    for (const ratio of retroGrowth(plan)) expect(ratio).toBeLessThanOrEqual(1.1 + 1e-9);
    expect(Math.max(...retroSessions(plan).map((s) => s.minutes))).toBeLessThanOrEqual(10);
    expect(weekOf(plan, 12).totals.retroMinutes).toBeGreaterThan(weekOf(plan, 1).totals.retroMinutes);
  });

  it('walks along his railing with his grandson as a spotter, stopping if dizzy or in pain', () => {
    for (const session of retroSessions(plan)) {
      expect(session.treadmill).toBeNull();
      expect(session.cues).toEqual(
        expect.arrayContaining(['rail-or-flat-path', 'companion-spotter', 'stop-if-dizzy-or-pain']),
      );
    }
  });

  it('is told that fewer falls in older adults are not proven by training studies', () => {
    expect(codes(output.notes)).toContain('note.fall-prevention');
  });
});

describe('Daan, 34, fit, retro-walking on his treadmill', () => {
  const output = build(daan());
  const plan = planOf(output);
  const sessions = retroSessions(plan);

  it('walks backwards on his own, at the active start as far as his day allows, on a light incline at 3 km/h', () => {
    expect(output.triage.level).toBe('self-manage');
    expect(sessions.every((s) => !s.supervised)).toBe(true);
    const first = weekOf(plan, 1).days.flatMap((d) => d.sessions.filter((s) => s.kind === 'retro'));
    expect(first).toHaveLength(3);
    // His day starts at 35 minutes (45 counts as 35); forward walking keeps at least half of it, so
    // SEED-RW's 20 minutes shrink to the whole minutes under 35 / 2.
    const fitted = Math.floor(35 / 2);
    for (const session of first) {
      expect(session.minutes).toBe(fitted);
      expect(session.treadmill?.speedKmh).toBe(3);
      expect(session.treadmill?.inclinePercent).toBeGreaterThan(0);
      expect(session.cues).toContain('hold-handrails-safety-key');
    }
  });

  it('builds up by at most 10% a week, and the speed slowly towards about 4 km/h', () => {
    for (const ratio of retroGrowth(plan)) expect(ratio).toBeLessThanOrEqual(1.1 + 1e-9);
    const speeds = sessions.map((s) => s.treadmill?.speedKmh ?? 0);
    expect(Math.max(...speeds)).toBeGreaterThan(3);
    expect(Math.max(...speeds)).toBeLessThanOrEqual(4);
    expect(spikeBreaches(plan, 45)).toEqual([]);
  });

  it('keeps forward walking in the plan: a forward warm-up before each retro session', () => {
    expect(retroWithoutWarmUp(plan)).toEqual([]);
  });
});

describe('Karin, 50, chronic back pain, adds retro-walking on her treadmill', () => {
  const output = build(karin());
  const plan = planOf(output);

  it('walks forward on every day, also on the retro days', () => {
    const daysWithoutForward = allDays(plan)
      .filter((d) => !d.sessions.some((s) => s.kind === 'forward'))
      .map((d) => d.date);
    expect(daysWithoutForward).toEqual([]);
    expect(retroDays(plan).length).toBeGreaterThan(0);
  });

  it('walks backwards straight after a forward warm-up walk, never first thing', () => {
    expect(retroWithoutWarmUp(plan)).toEqual([]);
    for (const day of retroDays(plan)) {
      const index = day.sessions.findIndex((s) => s.kind === 'retro');
      expect(day.sessions[index - 1]?.purpose).toBe('warm-up');
    }
  });

  it('walks backwards on 4 days a week, starting at 3 km/h on the treadmill', () => {
    for (const week of plan.weeks) {
      expect(week.days.filter((d) => d.sessions.some((s) => s.kind === 'retro'))).toHaveLength(4);
    }
    const week1 = weekOf(plan, 1).days.flatMap((d) => d.sessions.filter((s) => s.kind === 'retro'));
    expect(week1.map((s) => s.treadmill?.speedKmh)).toEqual([3, 3, 3, 3]);
    expect(week1.every((s) => s.minutes === 5)).toBe(true);
  });

  it('has a little less forward walking on retro days, because walking backwards costs more effort', () => {
    const week = weekOf(plan, 1);
    const forward = (d: PlanDay) =>
      d.sessions.filter((s) => s.kind === 'forward').reduce((n, s) => n + s.minutes, 0);
    const retroDay = week.days.find((d) => d.sessions.some((s) => s.kind === 'retro'));
    const plainDay = week.days.find((d) => !d.sessions.some((s) => s.kind === 'retro'));
    expect(retroDay && plainDay).toBeTruthy();
    if (retroDay && plainDay) expect(forward(retroDay)).toBeLessThan(forward(plainDay));
  });
});

describe.each([
  { who: 'Wim, 58, six months after a stroke', condition: 'stroke' as const, note: true },
  { who: 'Fatima, 58, multiple sclerosis', condition: 'multiple-sclerosis' as const, note: true },
  { who: 'Rob, 58, knee operation six weeks ago', condition: 'recent-surgery' as const, note: false },
])('$who, active, wants to walk backwards', ({ condition, note }) => {
  const output = build(rehab(condition));
  const plan = planOf(output);

  it('is advised a routine assessment by a physiotherapist, and still gets a plan', () => {
    expect(output.triage.level).toBe('routine-assessment');
    expect(codes(output.triage.reasons)).toEqual(
      expect.arrayContaining([`condition.${condition}`, 'see-physio']),
    );
  });

  it('walks backwards only under supervision, starting at the beginner dose although active', () => {
    const sessions = retroSessions(plan);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.supervised)).toBe(true);
    const first = weekOf(plan, 1).days.flatMap((d) => d.sessions.filter((s) => s.kind === 'retro'));
    expect(first.every((s) => s.minutes === 5)).toBe(true);
    expect(Math.max(...sessions.map((s) => s.minutes))).toBeLessThanOrEqual(10);
  });

  it(
    note
      ? 'is told that the good results come from supervised clinical training'
      : 'gets no stroke/MS evidence note',
    () => {
      expect(codes(output.notes).includes('note.stroke-ms')).toBe(note);
    },
  );
});

describe('Els, 61, has dizzy spells, wants to try retro-walking', () => {
  it('without a clearance: no retro-walking at all, but forward walking stays in the plan', () => {
    const output = build(els());
    const plan = planOf(output);
    expect(retroSessions(plan)).toEqual([]);
    expect(plan.weeks.every((w) => w.totals.forwardMinutes > 0)).toBe(true);
    expect(codes(output.decisions[0]?.reasons ?? [])).toContain('retro.not-until-cleared');
  });

  it('after her physiotherapist cleared it: retro-walking, supervised, at the beginner dose', () => {
    const output = build(els({ clearedBy: { by: 'physio', date: '2026-11-20' } }));
    const plan = planOf(output);
    const sessions = retroSessions(plan);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.supervised)).toBe(true);
    expect(
      weekOf(plan, 1).days.flatMap((d) => d.sessions.filter((s) => s.kind === 'retro').map((s) => s.minutes)),
    ).toEqual([5, 5, 5]);
    expect(codes(output.decisions[0]?.reasons ?? [])).toEqual(
      expect.arrayContaining(['retro.cleared', 'retro.supervised.dizziness']),
    );
    expect(retroWithoutWarmUp(plan)).toEqual([]);
  });
});

describe.each([
  { who: 'Noor, 45, fell last winter', overrides: { fallRisk: ['fell-past-year' as const] } },
  { who: 'Hans, 45, worried about falling', overrides: { fallRisk: ['worried-about-falling' as const] } },
  { who: 'Ineke, 45, poor eyesight', overrides: { impairments: ['vision' as const] } },
  { who: 'Ben, 45, balance problems', overrides: { impairments: ['balance' as const] } },
  { who: 'Truus, 70, fit and steady', overrides: { age: 70 } },
])('$who, active, wants to walk backwards outdoors', ({ overrides }) => {
  const output = build(
    daan({ age: 45, equipment: { treadmill: false, railOrFlatPath: true, companion: false }, ...overrides }),
  );
  const plan = planOf(output);

  it('walks backwards only under supervision, from the beginner dose of 5 minutes (STEADI, SEED-RW)', () => {
    const sessions = retroSessions(plan);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.supervised)).toBe(true);
    const first = weekOf(plan, 1).days.flatMap((d) => d.sessions.filter((s) => s.kind === 'retro'));
    expect(first.map((s) => s.minutes)).toEqual([5, 5, 5]);
  });
});

describe('Bas, 40, nerve pain into his leg, also wants retro-walking on his treadmill', () => {
  const output = build(karin({ age: 40, backPain: { type: 'nerve-pain', legPain: true } }));
  const plan = planOf(output);

  it('is advised a routine assessment, and until then walks backwards only under supervision', () => {
    expect(output.triage.level).toBe('routine-assessment');
    const sessions = retroSessions(plan);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.supervised)).toBe(true);
  });
});
