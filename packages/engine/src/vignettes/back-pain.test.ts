/**
 * Back-pain vignettes (docs/clinical-rules.md §1–3): whole plans for people with back pain, checked the way a
 * physiotherapist would read them: where the walking starts, how it is split, how fast it grows.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../output.js';
import {
  build,
  codes,
  dailyForwardByWeek,
  joke,
  planOf,
  sanne,
  sedentary,
  spikeBreaches,
  weekdayForward,
  weekOf,
} from './people.js';

/** Forward walks on each weekday (Monday to Friday) of a week. */
function weekdayBlocks(plan: Plan, week: number): number[] {
  return weekOf(plan, week)
    .days.slice(0, 5)
    .map((d) => d.sessions.filter((s) => s.kind === 'forward').length);
}

function forwardSessions(plan: Plan) {
  return plan.weeks.flatMap((w) => w.days.flatMap((d) => d.sessions.filter((s) => s.kind === 'forward')));
}

/** Week-on-week increases of the daily forward minutes. */
function weeklySteps(plan: Plan): number[] {
  const daily = dailyForwardByWeek(plan);
  return daily.slice(1).map((minutes, i) => minutes - (daily[i] ?? 0));
}

describe('Sanne, 28, active, tense lower back after long desk days', () => {
  const output = build(sanne());
  const plan = planOf(output);

  it('may manage on her own: no warning signs, low risk profile, a 12-week walking plan without retro-walking', () => {
    expect(output.triage.level).toBe('self-manage');
    expect(output.triage.riskProfile).toBe(1);
    expect(plan.weeks).toHaveLength(12);
    expect(plan.weeks.every((w) => w.totals.retroMinutes === 0)).toBe(true);
    expect(codes(output.decisions[0]?.reasons ?? [])).toContain('start.current-level');
  });

  it('starts from the 30 minutes she already walks, not lower, and grows by at most 5 minutes a day per week', () => {
    expect(weekdayForward(plan, 1)).toEqual([30, 30, 30, 30, 30]);
    const steps = weeklySteps(plan);
    expect(Math.max(...steps)).toBeLessThanOrEqual(5);
    expect(Math.min(...steps)).toBeGreaterThanOrEqual(0);
    expect(dailyForwardByWeek(plan).at(-1)).toBeGreaterThan(30);
  });

  it('breathes in over 3 steps and out over 5 (muscle tension)', () => {
    const breathing = new Set(
      forwardSessions(plan).map((s) => `${s.breathing.inhaleSteps}/${s.breathing.exhaleSteps}`),
    );
    expect([...breathing]).toEqual(['3/5']);
  });

  it('once built up, has the SEED-BP day: calm morning walk, 5-minute afternoon break, two evening walks, a longer weekend walk', () => {
    const week = weekOf(plan, 4);
    const monday = week.days[0]?.sessions ?? [];
    const morning = monday.filter((s) => s.partOfDay === 'morning');
    const afternoon = monday.filter((s) => s.partOfDay === 'afternoon');
    const evening = monday.filter((s) => s.partOfDay === 'evening');
    expect(morning).toHaveLength(1);
    expect(morning[0]?.minutes).toBeGreaterThanOrEqual(8);
    expect(morning[0]?.minutes).toBeLessThanOrEqual(12);
    expect(afternoon.map((s) => s.minutes)).toEqual([5]);
    expect(evening).toHaveLength(2);
    for (const walk of evening) {
      expect(walk.minutes).toBeGreaterThanOrEqual(8);
      expect(walk.minutes).toBeLessThanOrEqual(12);
    }
    // The weekend has one walk that is longer than any weekday walk, with varied tempo and surface.
    const weekend = week.days.slice(5).flatMap((d) => d.sessions);
    const longWalks = weekend.filter((s) => s.purpose === 'long-walk');
    expect(longWalks).toHaveLength(1);
    const longestWeekday = Math.max(
      ...week.days.slice(0, 5).flatMap((d) => d.sessions.map((s) => s.minutes)),
    );
    expect(longWalks[0]?.minutes).toBeGreaterThan(longestWeekday);
    expect(longWalks[0]?.cues).toContain('vary-tempo-and-surface');
  });

  it('never has a walk more than 10% longer than her longest of the past 30 days (SPIKE)', () => {
    expect(spikeBreaches(plan, 30)).toEqual([]);
  });

  it('is told that bed rest does not help', () => {
    expect(codes(output.notes)).toContain('note.no-bed-rest');
  });
});

describe('Wil, 58, sits all day, nerve pain in the back without leg pain, can walk 6 minutes', () => {
  const output = build(sedentary('nerve-pain', 6));
  const plan = planOf(output);

  it('self-manages: nerve pain without leg symptoms needs no assessment first', () => {
    expect(output.triage.level).toBe('self-manage');
  });

  it('starts at about 70% of what she can do now: 4 minutes a day, in 2 or 3 blocks', () => {
    expect(weekdayForward(plan, 1)).toEqual([4, 4, 4, 4, 4]);
    for (const blocks of weekdayBlocks(plan, 1)) {
      expect(blocks).toBeGreaterThanOrEqual(2);
      expect(blocks).toBeLessThanOrEqual(3);
    }
    expect(codes(output.decisions[0]?.reasons ?? [])).toContain('start.low-tolerance');
  });

  it('breathes out over 5 steps (nerve pain)', () => {
    expect(forwardSessions(plan).every((s) => s.breathing.exhaleSteps === 5)).toBe(true);
  });

  it('builds up by a few minutes a week, never by more than 5', () => {
    const steps = weeklySteps(plan);
    expect(Math.max(...steps)).toBeLessThanOrEqual(5);
    expect(dailyForwardByWeek(plan).at(-1)).toBeGreaterThan(4);
  });
});

describe('Theo, 58, sits all day, arthrosis of the lower back, walks 25 minutes comfortably', () => {
  const output = build(sedentary('arthrosis', 25));
  const plan = planOf(output);

  it('starts at SEED-BP’s 10 minutes: he is inactive, though he could walk 25 (§3)', () => {
    expect(weekdayForward(plan, 1)).toEqual([10, 10, 10, 10, 10]);
    expect(codes(output.decisions[0]?.reasons ?? [])).toContain('start.inactive');
  });

  it('splits the starting day into 2 or 3 blocks (docs/clinical-rules.md §3: "split into 2–3 blocks")', () => {
    for (const blocks of weekdayBlocks(plan, 1)) {
      expect(blocks).toBeGreaterThanOrEqual(2);
      expect(blocks).toBeLessThanOrEqual(3);
    }
  });

  it('breathes out over 4 steps (arthrosis)', () => {
    expect(forwardSessions(plan).every((s) => s.breathing.exhaleSteps === 4)).toBe(true);
  });
});

describe('Ria, 58, sits all day, muscle tension, does not know how long she can walk', () => {
  const output = build(sedentary('muscle-tension', undefined));
  const plan = planOf(output);

  it('starts with the SEED-BP default: 10 minutes a day in 2 or 3 blocks', () => {
    expect(weekdayForward(plan, 1)).toEqual([10, 10, 10, 10, 10]);
    for (const blocks of weekdayBlocks(plan, 1)) {
      expect(blocks).toBeGreaterThanOrEqual(2);
      expect(blocks).toBeLessThanOrEqual(3);
    }
    expect(codes(output.decisions[0]?.reasons ?? [])).toContain('start.default');
  });

  it('breathes out over 5 steps (muscle tension)', () => {
    expect(forwardSessions(plan).every((s) => s.breathing.exhaleSteps === 5)).toBe(true);
  });
});

describe('Kees, 58, sits all day, chronic back pain, walks 10 minutes comfortably', () => {
  const output = build(sedentary('chronic', 10));
  const plan = planOf(output);

  it('starts at 10 minutes a day in 2 or 3 blocks and breathes out over 4 steps', () => {
    expect(weekdayForward(plan, 1)).toEqual([10, 10, 10, 10, 10]);
    for (const blocks of weekdayBlocks(plan, 1)) {
      expect(blocks).toBeGreaterThanOrEqual(2);
      expect(blocks).toBeLessThanOrEqual(3);
    }
    expect(forwardSessions(plan).every((s) => s.breathing.exhaleSteps === 4)).toBe(true);
  });

  it('never jumps: at most 5 minutes a day more per week, and no walk breaks the SPIKE rule', () => {
    expect(Math.max(...weeklySteps(plan))).toBeLessThanOrEqual(5);
    expect(spikeBreaches(plan, 10)).toEqual([]);
  });
});

describe('Lia, 58, sits all day, back pain of unknown type, walks 8 minutes comfortably', () => {
  const output = build(sedentary('unknown', 8));
  const plan = planOf(output);

  it('starts a little below what she can do now (70% of 8 ≈ 6 minutes) in 2 or 3 blocks', () => {
    expect(weekdayForward(plan, 1)).toEqual([6, 6, 6, 6, 6]);
    for (const blocks of weekdayBlocks(plan, 1)) {
      expect(blocks).toBeGreaterThanOrEqual(2);
      expect(blocks).toBeLessThanOrEqual(3);
    }
  });

  it('breathes out over 4 steps (unknown type)', () => {
    expect(forwardSessions(plan).every((s) => s.breathing.exhaleSteps === 4)).toBe(true);
  });
});

describe('Henk, 67, walks his dog 75 minutes a day, arthrosis of the lower back', () => {
  const output = build(sedentary('arthrosis', 75, { activity: 'active', age: 67 }));
  const plan = planOf(output);

  it('starts at the built-up day of 35 minutes, never at the 75 he walks (§3: capacity counts as at most 35)', () => {
    expect(output.triage.level).toBe('self-manage');
    expect(weekdayForward(plan, 1)).toEqual([35, 35, 35, 35, 35]);
    expect(codes(output.decisions[0]?.reasons ?? [])).toContain('start.capped');
  });
});

describe('Ahmed, 44, light activity, nerve pain running into his leg', () => {
  const intake = sedentary('nerve-pain', 10, {
    age: 44,
    activity: 'light',
    backPain: { type: 'nerve-pain', legPain: true },
  });
  const output = build(intake);
  const plan = planOf(output);
  const withoutLegPain = planOf(build({ ...intake, backPain: { type: 'nerve-pain', legPain: false } }));

  it('is advised to see a physiotherapist, with the leg pain named as the reason', () => {
    expect(output.triage.level).toBe('routine-assessment');
    expect(codes(output.triage.reasons)).toEqual(expect.arrayContaining(['leg-pain', 'see-physio']));
    const legPain = output.triage.reasons.find((r) => r.code === 'leg-pain');
    expect(legPain?.source.startsWith('KNGF')).toBe(true);
  });

  it('still gets a plan, a gentle one: it grows more slowly than it would without the leg pain', () => {
    expect(weekdayForward(plan, 1)).toEqual([10, 10, 10, 10, 10]);
    expect(Math.max(...weeklySteps(plan))).toBeLessThanOrEqual(2);
    const gentle = dailyForwardByWeek(plan);
    const usual = dailyForwardByWeek(withoutLegPain);
    expect(gentle[5]).toBeLessThan(usual[5] ?? 0);
  });

  it('breathes out over 5 steps (nerve pain)', () => {
    expect(forwardSessions(plan).every((s) => s.breathing.exhaleSteps === 5)).toBe(true);
  });
});

describe('Mirjam, 39, back pain with stress, fear of moving and low mood', () => {
  const output = build(joke({ age: 39, riskFactors: ['stress', 'fear-of-moving', 'low-mood'] }));

  it('has a high risk profile and is sent for a routine assessment, with a gentle plan meanwhile', () => {
    expect(output.triage.riskProfile).toBe(3);
    expect(output.triage.level).toBe('routine-assessment');
    expect(codes(output.triage.reasons)).toEqual(expect.arrayContaining(['risk-profile.high', 'see-physio']));
    const plan = planOf(output);
    expect(Math.max(...weeklySteps(plan))).toBeLessThanOrEqual(2);
  });
});

describe('Peter, 47, back pain, an earlier episode and a stressful job', () => {
  const output = build(joke({ age: 47, riskFactors: ['earlier-episodes', 'stress'] }));

  it('has a medium risk profile: a plan on his own, plus the advice that a physiotherapist can help', () => {
    expect(output.triage.riskProfile).toBe(2);
    expect(output.triage.level).toBe('self-manage');
    expect(planOf(output).weeks).toHaveLength(12);
    const medium = output.triage.reasons.find((r) => r.code === 'risk-profile.medium');
    expect(medium?.message).toMatch(/physiotherapist/);
  });
});
