import { describe, expect, it } from 'vitest';
import { adherence, inactivity } from './activity.js';
import { planOf, walkOn, weekFrom } from './test-plans.js';
import { weeklyMinutes } from './weekly-minutes.js';

const TODAY = '2026-11-21';
const PLAN = planOf([
  weekFrom(1, '2026-11-01', 60),
  weekFrom(2, '2026-11-08', 100),
  weekFrom(3, '2026-11-15', 100),
]);

describe('inactivity', () => {
  it('raises a quiet week while the plan runs, from the last walk', () => {
    expect(inactivity(PLAN, [walkOn('2026-11-13')], TODAY)).toEqual({
      kind: 'inactivity',
      evidence: { dates: ['2026-11-13'], lastWalk: '2026-11-13' },
      evidenceAt: '2026-11-20T00:00:00.000Z',
    });
  });

  it('raises nothing with a walk in the past 7 days, before the plan is a week old, or after it ended', () => {
    expect(inactivity(PLAN, [walkOn('2026-11-15')], TODAY)).toBeUndefined();
    expect(inactivity(planOf([weekFrom(1, '2026-11-16', 60)]), [], TODAY)).toBeUndefined();
    const ended = planOf([weekFrom(1, '2026-11-01', 60)], [], { code: 'PLAN_ENDED', text: 'done' } as never);
    expect(inactivity(ended, [], TODAY)).toBeUndefined();
    expect(inactivity(undefined, [], TODAY)).toBeUndefined();
  });

  it('counts from the plan’s start when nothing was walked', () => {
    expect(inactivity(PLAN, [], TODAY)?.evidence).toEqual({ dates: ['2026-11-01'], lastWalk: null });
  });
});

describe('adherence', () => {
  it('raises under half of the last completed week’s planned minutes', () => {
    const walks = [walkOn('2026-11-09', { minutes: 49 })];
    expect(adherence(PLAN, weeklyMinutes(PLAN, walks, TODAY), TODAY)).toEqual({
      kind: 'adherence',
      evidence: { dates: ['2026-11-08'], plannedMinutes: 100, walkedMinutes: 49 },
      evidenceAt: '2026-11-15T00:00:00.000Z',
    });
  });

  it('raises nothing at half or more, or before a week has ended', () => {
    const walks = [walkOn('2026-11-09', { minutes: 30 }), walkOn('2026-11-14', { minutes: 20 })];
    expect(adherence(PLAN, weeklyMinutes(PLAN, walks, TODAY), TODAY)).toBeUndefined();
    const young = planOf([weekFrom(1, '2026-11-16', 60)]);
    expect(adherence(young, weeklyMinutes(young, [], TODAY), TODAY)).toBeUndefined();
  });
});
