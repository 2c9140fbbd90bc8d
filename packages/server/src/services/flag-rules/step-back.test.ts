import { describe, expect, it } from 'vitest';
import { stepBack } from './step-back.js';
import { planOf, weekFrom } from './test-plans.js';

const TODAY = '2026-11-21';
const WEEKS = [weekFrom(1, '2026-11-01', 60), weekFrom(2, '2026-11-08', 70), weekFrom(3, '2026-11-15', 60)];

describe('stepBack', () => {
  it('raises nothing without a step back this week', () => {
    expect(stepBack(undefined, TODAY)).toBeUndefined();
    const held = planOf(WEEKS, [
      { week: 2, decision: 'regress', date: '2026-11-08' },
      { week: 3, decision: 'hold', date: '2026-11-15' },
    ]);
    expect(stepBack(held, TODAY)).toBeUndefined();
  });

  it('raises one step back, and names two in a row', () => {
    const one = planOf(WEEKS, [
      { week: 2, decision: 'progress', date: '2026-11-08' },
      { week: 3, decision: 'regress', date: '2026-11-15' },
    ]);
    expect(stepBack(one, TODAY)).toEqual({
      kind: 'step-back',
      evidence: { dates: ['2026-11-15'], inARow: 1 },
      evidenceAt: '2026-11-15T00:00:00.000Z',
    });
    const two = planOf(WEEKS, [
      { week: 2, decision: 'regress', date: '2026-11-08' },
      { week: 3, decision: 'regress', date: '2026-11-15' },
    ]);
    expect(stepBack(two, TODAY)?.evidence).toEqual({ dates: ['2026-11-08', '2026-11-15'], inARow: 2 });
  });

  it('ignores a step back that took effect more than a week ago', () => {
    const old = planOf(WEEKS, [{ week: 2, decision: 'regress', date: '2026-11-08' }]);
    expect(stepBack(old, TODAY)).toBeUndefined();
  });
});
