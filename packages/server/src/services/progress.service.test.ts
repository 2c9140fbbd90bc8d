import { buildPlan } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import type { Walk } from '../repositories/walks.repository.js';
import { painOverTime, weeklyProgress } from './progress.service.js';

function walk(
  date: string,
  kind: Walk['kind'],
  minutes: number,
  painDuring: number,
  painNextMorning: number | null,
): Walk {
  return {
    id: `${date}-${kind}-${minutes}`,
    date,
    kind,
    minutes,
    painDuring,
    painNextMorning,
    dizziness: false,
    fall: false,
    newSymptoms: [],
    createdAt: '',
    updatedAt: '',
  };
}

describe('progress', () => {
  const output = buildPlan({
    intake: {
      age: 40,
      goals: ['back-pain', 'retro-walking'],
      backPain: { type: 'chronic', legPain: false },
      activity: 'active',
      startDate: '2026-11-02',
      equipment: { treadmill: true },
    },
    today: '2026-11-21',
  });

  it('sums the minutes walked in each week of the plan, by kind, next to the plan’s minutes', () => {
    const weeks = weeklyProgress(output, [
      walk('2026-11-02', 'forward', 10, 2, 1),
      walk('2026-11-08', 'retro', 2.5, 2, 1),
      walk('2026-11-08', 'forward', 0.1, 2, 1),
      walk('2026-11-08', 'forward', 0.2, 2, 1),
      walk('2026-11-09', 'forward', 7, 2, null),
      walk('2026-10-30', 'forward', 99, 2, null),
    ]);
    expect(weeks[0]).toMatchObject({
      week: 1,
      startDate: '2026-11-02',
      endDate: '2026-11-08',
      walked: { forward: 10.3, retro: 2.5 },
    });
    expect(weeks[0]?.planned).toEqual({
      forward: output.plan?.weeks[0]?.totals.forwardMinutes,
      retro: output.plan?.weeks[0]?.totals.retroMinutes,
    });
    expect(weeks[1]?.walked).toEqual({ forward: 7, retro: 0 });
    expect(weeks.slice(2).every((week) => week.walked.forward === 0 && week.walked.retro === 0)).toBe(true);
  });

  it('gives no weeks when there is no plan', () => {
    expect(weeklyProgress({ ...output, plan: null }, [walk('2026-11-02', 'forward', 10, 2, 1)])).toEqual([]);
  });

  it('takes the worst pain of each day, in date order', () => {
    expect(
      painOverTime([
        walk('2026-11-05', 'forward', 10, 2, null),
        walk('2026-11-03', 'forward', 10, 4, 3),
        walk('2026-11-03', 'retro', 3, 6, 2),
        walk('2026-11-05', 'retro', 3, 1, null),
      ]),
    ).toEqual([
      { date: '2026-11-03', painDuring: 6, painNextMorning: 3 },
      { date: '2026-11-05', painDuring: 2, painNextMorning: null },
    ]);
  });
});
