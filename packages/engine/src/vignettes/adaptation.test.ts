/**
 * Adaptation vignettes (docs/clinical-rules.md §5; PMM, KNGF C.2.1, NPRS): the plan reads the walking log week by
 * week and decides to progress, hold, regress or stop retro-walking, and re-runs triage when it should.
 * Joke's baseline pain is 3; "back to baseline next morning" means a logged morning pain of 3.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../output.js';
import {
  addDays,
  allDays,
  build,
  codes,
  dayOf,
  decisionFor,
  joke,
  karin,
  planOf,
  sanne,
  START,
  walkedAsPlanned,
  weekdayForward,
  weekEnd,
  weekOf,
  weekStart,
} from './people.js';

const BASELINE = 3;
const projection = planOf(build(joke()));

/** The daily forward minutes of a plan week (Monday's, as every weekday is the same). */
function daily(plan: Plan, week: number): number {
  return weekdayForward(plan, week)[0] ?? NaN;
}

function longestForwardWalk(plan: Plan, week: number): number {
  return Math.max(
    ...weekOf(plan, week).days.flatMap((d) =>
      d.sessions.filter((s) => s.kind === 'forward').map((s) => s.minutes),
    ),
  );
}

describe('Joke, 52, chronic back pain: four good weeks', () => {
  const logs = walkedAsPlanned(projection, START, weekEnd(4), { painDuring: 2, painNextMorning: BASELINE });
  const output = build(joke(), logs, weekStart(5));
  const plan = planOf(output);

  it('progresses after every week that went well', () => {
    for (const week of [2, 3, 4, 5]) {
      const decision = decisionFor(output, week);
      expect(decision?.decision).toBe('progress');
      expect(decision?.projected).toBe(false);
      expect(codes(decision?.reasons ?? [])).toContain('decision.well-tolerated');
    }
  });

  it('walks a little more each week: minutes go up every week, by at most 5 a day', () => {
    const minutes = [1, 2, 3, 4, 5].map((week) => daily(plan, week));
    for (let i = 1; i < minutes.length; i++) {
      const step = (minutes[i] ?? 0) - (minutes[i - 1] ?? 0);
      expect(step).toBeGreaterThan(0);
      expect(step).toBeLessThanOrEqual(5);
    }
    expect(weekOf(plan, 5).totals.forwardMinutes).toBeGreaterThan(weekOf(plan, 1).totals.forwardMinutes);
  });

  it('stays self-managed, with no reason to ask the red-flag questions again', () => {
    expect(output.triage.level).toBe('self-manage');
    expect(output.triage.recheckRedFlags).toBe(false);
  });
});

describe('Joke, 52: pain during walking of 5/10, two points above her usual, settled by morning', () => {
  it('still counts as going well: progress (PMM allows up to 5/10 and 2 points above baseline)', () => {
    const logs = walkedAsPlanned(projection, START, weekEnd(1), { painDuring: 5, painNextMorning: BASELINE });
    const output = build(joke(), logs, weekStart(2));
    expect(decisionFor(output, 2)?.decision).toBe('progress');
    expect(daily(planOf(output), 2)).toBeGreaterThan(daily(planOf(output), 1));
  });
});

describe('Joke, 52: three good weeks, then a bad week 4 (next morning pain 5, her usual is 3)', () => {
  const good = walkedAsPlanned(projection, START, weekEnd(3), { painDuring: 2, painNextMorning: BASELINE });
  const bad = walkedAsPlanned(projection, weekStart(4), weekEnd(4), (_session, date) => ({
    painDuring: 4,
    painNextMorning: date === addDays(weekStart(4), 2) ? BASELINE + 2 : BASELINE,
  }));
  const output = build(joke(), [...good, ...bad], weekStart(5));
  const plan = planOf(output);

  it('steps back in week 5, saying why', () => {
    const decision = decisionFor(output, 5);
    expect(decision?.decision).toBe('regress');
    expect(codes(decision?.reasons ?? [])).toEqual(
      expect.arrayContaining(['decision.regress.morning-pain', 'decision.regress.shorter-blocks']),
    );
  });

  it('walks less in week 5: back to the last week that went well (week 3) or 70–80% of week 4', () => {
    const week4 = daily(plan, 4);
    const week5 = daily(plan, 5);
    expect(week5).toBeLessThan(week4);
    const toLastGoodWeek = week5 === daily(plan, 3);
    const share = week5 / week4;
    expect(toLastGoodWeek || (share >= 0.7 - 0.05 && share <= 0.8 + 0.05)).toBe(true);
    expect(weekOf(plan, 5).totals.forwardMinutes).toBeLessThan(weekOf(plan, 4).totals.forwardMinutes);
  });

  it('splits the walks into shorter blocks rather than stopping', () => {
    expect(longestForwardWalk(plan, 5)).toBeLessThan(longestForwardWalk(plan, 4));
    expect(longestForwardWalk(plan, 5)).toBeLessThanOrEqual(5);
    expect(weekOf(plan, 5).days.every((d) => d.sessions.some((s) => s.kind === 'forward'))).toBe(true);
  });

  it('asks the red-flag questions again after the flare', () => {
    expect(output.triage.recheckRedFlags).toBe(true);
  });
});

describe('Joke, 52: one walk in week 1 hurt 7/10, back to her usual by the next morning', () => {
  const logs = walkedAsPlanned(projection, START, weekEnd(1), (session, date) => ({
    painDuring: date === '2026-11-25' && session.partOfDay === 'afternoon' ? 7 : 2,
    painNextMorning: BASELINE,
  }));
  const output = build(joke(), logs, weekStart(2));
  const plan = planOf(output);

  it('holds: week 2 is the same as week 1', () => {
    const decision = decisionFor(output, 2);
    expect(decision?.decision).toBe('hold');
    expect(codes(decision?.reasons ?? [])).toContain('decision.hold.pain-during');
    expect(weekdayForward(plan, 2)).toEqual(weekdayForward(plan, 1));
    expect(weekOf(plan, 2).totals.forwardMinutes).toBe(weekOf(plan, 1).totals.forwardMinutes);
  });
});

describe('Joke, 52: a busy week, only half of the planned minutes walked', () => {
  const logs = walkedAsPlanned(projection, START, weekEnd(1), {
    share: 0.5,
    painDuring: 2,
    painNextMorning: BASELINE,
  });
  const output = build(joke(), logs, weekStart(2));
  const plan = planOf(output);

  it('holds: the plan stays the same until she manages about 80%', () => {
    const decision = decisionFor(output, 2);
    expect(decision?.decision).toBe('hold');
    const minutesReason = decision?.reasons.find((r) => r.code === 'decision.hold.minutes');
    expect(minutesReason?.message).toMatch(/50%/);
    expect(weekdayForward(plan, 2)).toEqual(weekdayForward(plan, 1));
  });

  it('progresses when she walks 80% of the minutes', () => {
    const most = walkedAsPlanned(projection, START, weekEnd(1), {
      share: 0.8,
      painDuring: 2,
      painNextMorning: BASELINE,
    });
    const walked = most.reduce((sum, log) => sum + log.minutes, 0);
    expect(walked / weekOf(projection, 1).totals.forwardMinutes).toBeGreaterThanOrEqual(0.8);
    expect(decisionFor(build(joke(), most, weekStart(2)), 2)?.decision).toBe('progress');
  });
});

describe('Joke, 52: recorded nothing for two weeks', () => {
  const output = build(joke(), [], weekStart(3));
  const plan = planOf(output);

  it('holds weeks 2 and 3 at the starting dose, asking her to record her walks', () => {
    for (const week of [2, 3]) {
      const decision = decisionFor(output, week);
      expect(decision?.decision).toBe('hold');
      expect(decision?.projected).toBe(false);
      expect(codes(decision?.reasons ?? [])).toContain('decision.hold.no-logs');
    }
    expect(daily(plan, 3)).toBe(daily(plan, 1));
    expect(daily(plan, 2)).toBe(daily(plan, 1));
  });
});

describe('Joke, 52: two bad weeks in a row', () => {
  const week1 = walkedAsPlanned(projection, START, weekEnd(1), (_s, date) => ({
    painNextMorning: date === '2026-11-25' ? BASELINE + 3 : BASELINE,
  }));
  const afterWeek1 = planOf(build(joke(), week1, weekStart(2)));
  const week2 = walkedAsPlanned(afterWeek1, weekStart(2), weekEnd(2), (_s, date) => ({
    painNextMorning: date === '2026-12-02' ? BASELINE + 3 : BASELINE,
  }));
  const output = build(joke(), [...week1, ...week2], weekStart(3));
  const plan = planOf(output);

  it('regresses twice, each time to less walking', () => {
    expect(decisionFor(output, 2)?.decision).toBe('regress');
    expect(decisionFor(output, 3)?.decision).toBe('regress');
    expect(daily(plan, 2)).toBeLessThan(daily(plan, 1));
    expect(daily(plan, 3)).toBeLessThan(daily(plan, 2));
    expect(daily(plan, 3)).toBeGreaterThan(0);
  });

  it('is then advised a routine assessment: repeated step-backs need a professional', () => {
    expect(output.triage.level).toBe('routine-assessment');
    expect(codes(output.triage.reasons)).toEqual(
      expect.arrayContaining(['retriage.repeated-regress', 'see-physio']),
    );
  });
});

describe('Joke, 52: her pain stays 2 points up every morning for nine days', () => {
  const week1 = walkedAsPlanned(projection, START, weekEnd(1), (_s, date) => ({
    painNextMorning: date >= '2026-11-26' ? BASELINE + 2 : BASELINE,
  }));
  const afterWeek1 = planOf(build(joke(), week1, weekStart(2)));
  const week2 = walkedAsPlanned(afterWeek1, weekStart(2), weekEnd(2), (_s, date) => ({
    painNextMorning: date <= '2026-12-04' ? BASELINE + 2 : BASELINE,
  }));
  const output = build(joke(), [...week1, ...week2], weekStart(3));

  it('is advised a routine assessment because the flare lasted over a week, and asked the red-flag questions again', () => {
    expect(output.triage.level).toBe('routine-assessment');
    expect(codes(output.triage.reasons)).toContain('retriage.long-flare');
    expect(output.triage.recheckRedFlags).toBe(true);
  });
});

describe('Karin, 50, gets dizzy while walking backwards on Wednesday', () => {
  const planned = planOf(build(karin()));
  const logs = walkedAsPlanned(planned, START, '2026-11-25', (session, date) => ({
    painDuring: 2,
    painNextMorning: BASELINE,
    dizziness: date === '2026-11-25' && session.kind === 'retro',
  }));
  const output = build(karin(), logs, '2026-11-27');
  const plan = planOf(output);

  it('stops retro-walking from Thursday on, and is told to ask a professional first', () => {
    const stop = output.decisions.find((d) => d.decision === 'stop-retro');
    expect(stop?.date).toBe('2026-11-26');
    expect(stop?.reasons.some((r) => /GP|physiotherapist/.test(r.message))).toBe(true);
  });

  it('has no retro-walking after that day in any week, where she had it before', () => {
    expect(planned.weeks.slice(1).every((w) => w.totals.retroMinutes > 0)).toBe(true);
    const retroAfter = allDays(plan)
      .filter((d) => d.date > '2026-11-25' && d.sessions.some((s) => s.kind === 'retro'))
      .map((d) => d.date);
    expect(retroAfter).toEqual([]);
    // The walk she logged that day stays in the plan as it happened.
    expect(dayOf(plan, '2026-11-25').sessions.some((s) => s.kind === 'retro')).toBe(true);
  });

  it('keeps walking forward every day', () => {
    const days = allDays(plan).filter((d) => d.date > '2026-11-25');
    expect(days.every((d) => d.sessions.some((s) => s.kind === 'forward'))).toBe(true);
  });
});

describe('Marga, 63, long-standing back pain at 5/10, walks at 6/10 all week, back to 5 by morning', () => {
  const intake = joke({ age: 63, painNow: 5 });
  const logs = walkedAsPlanned(planOf(build(intake)), START, weekEnd(1), {
    painDuring: 6,
    painNextMorning: 5,
  });
  const output = build(intake, logs, weekStart(2));

  it('progresses: with a usual level of 5, walking at 6 is within 2 points of it (§5), so she is not held for ever', () => {
    const decision = decisionFor(output, 2);
    expect(decision?.decision).toBe('progress');
    expect(codes(decision?.reasons ?? [])).not.toContain('decision.hold.pain-during');
    const plan = planOf(output);
    // Joke's light activity grows 3 minutes a day a week
    expect(weekdayForward(plan, 2)).toEqual(weekdayForward(plan, 1).map((minutes) => minutes + 3));
  });

  it('holds once walking takes her more than 2 above her usual level (8/10)', () => {
    const higher = walkedAsPlanned(planOf(build(intake)), START, weekEnd(1), {
      painDuring: 8,
      painNextMorning: 5,
    });
    const held = decisionFor(build(intake, higher, weekStart(2)), 2);
    expect(held?.decision).toBe('hold');
    expect(codes(held?.reasons ?? [])).toContain('decision.hold.pain-during');
  });
});

describe('Tom, 30, usually 1/10, walks at 4/10 all week, back to 1 by morning', () => {
  const intake = joke({ age: 30, painNow: 1 });
  const logs = walkedAsPlanned(planOf(build(intake)), START, weekEnd(1), {
    painDuring: 4,
    painNextMorning: 1,
  });
  const output = build(intake, logs, weekStart(2));

  it('holds: pain during walking more than 2 points above his usual level is more than the plan aims for', () => {
    expect(decisionFor(output, 2)?.decision).toBe('hold');
    expect(codes(decisionFor(output, 2)?.reasons ?? [])).toContain('decision.hold.pain-during');
  });
});

describe('Karin, 50, dizzy while walking backwards; her physiotherapist clears her the Tuesday after', () => {
  const planned = planOf(build(karin()));
  const logs = walkedAsPlanned(planned, START, '2026-11-25', (session, date) => ({
    painDuring: 2,
    painNextMorning: BASELINE,
    dizziness: date === '2026-11-25' && session.kind === 'retro',
  }));
  const output = build(karin({ clearedBy: { by: 'physio', date: '2026-12-01' } }), logs, '2026-12-03');
  const plan = planOf(output);
  const retroAfterClearance = allDays(plan)
    .filter((d) => d.date > '2026-12-01')
    .flatMap((d) => d.sessions.filter((s) => s.kind === 'retro'));

  it('has no retro-walking between the dizzy walk and the clearance', () => {
    const between = allDays(plan).filter(
      (d) => d.date > '2026-11-25' && d.date <= '2026-12-01' && d.sessions.some((s) => s.kind === 'retro'),
    );
    expect(between).toEqual([]);
  });

  it('starts retro-walking again at the beginner dose: 5 to 10 minutes a session, never less (docs/clinical-rules.md §4)', () => {
    expect(retroAfterClearance.length).toBeGreaterThan(0);
    const minutes = retroAfterClearance.map((s) => s.minutes);
    expect(Math.min(...minutes)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...minutes)).toBeLessThanOrEqual(10);
  });
});

describe('Sanne, 28, a month of only short walks (a busy project), then back to her plan', () => {
  const projected = planOf(build(sanne()));
  const logs = walkedAsPlanned(projected, START, weekEnd(5), {
    share: 0.3,
    painDuring: 2,
    painNextMorning: BASELINE,
  });
  const output = build(sanne(), logs, weekStart(6));
  const plan = planOf(output);

  it('holds every week she walked less than 80% of the plan', () => {
    for (const week of [2, 3, 4, 5, 6]) expect(decisionFor(output, week)?.decision).toBe('hold');
  });

  it('plans no walk more than 10% longer than her longest logged walk of the past 30 days, unless 10 minutes or less (SPIKE)', () => {
    const breaches: string[] = [];
    for (const day of weekOf(plan, 6).days) {
      const from = addDays(day.date, -30);
      const longest = Math.max(
        0,
        ...logs.filter((l) => l.date >= from && l.date < day.date).map((l) => l.minutes),
      );
      for (const session of day.sessions) {
        if (session.minutes > 10 && session.minutes > longest * 1.1 + 1e-9) {
          breaches.push(`${day.date}: ${session.minutes} min, longest logged ${longest}`);
        }
      }
    }
    expect(breaches).toEqual([]);
    // She still walks her daily minutes, split into more, shorter walks.
    expect(weekOf(plan, 6).totals.forwardMinutes).toBe(weekOf(plan, 1).totals.forwardMinutes);
  });
});
