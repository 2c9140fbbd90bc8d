import { describe, expect, it } from 'vitest';
import { planOf, walkOn, weekFrom } from './test-plans.js';
import { lastCompletedWeek, weeklyMinutes } from './weekly-minutes.js';

const TODAY = '2026-11-16';

describe('weeklyMinutes', () => {
  it('sums each begun week’s walks against its planned minutes; weeks to come are left out', () => {
    const plan = planOf([
      weekFrom(1, '2026-11-02', 60),
      weekFrom(2, '2026-11-09', 70),
      weekFrom(3, '2026-11-16', 80),
      weekFrom(4, '2026-11-23', 90),
    ]);
    const walks = [
      walkOn('2026-11-01', { minutes: 99 }),
      walkOn('2026-11-02', { minutes: 10, painDuring: 3 }),
      walkOn('2026-11-08', { minutes: 15, painDuring: 4 }),
      walkOn('2026-11-08', { minutes: 0, painDuring: 4 }),
      walkOn('2026-11-09', { minutes: 20 }),
      walkOn('2026-11-16', { minutes: 5 }),
    ];
    const weeks = weeklyMinutes(plan, walks, TODAY);
    expect(weeks).toEqual([
      // Pain: (3 + 4 + 4) / 3, to one decimal.
      { weekStart: '2026-11-02', plannedMinutes: 60, walkedMinutes: 25, averagePain: 3.7 },
      { weekStart: '2026-11-09', plannedMinutes: 70, walkedMinutes: 20, averagePain: 2 },
      { weekStart: '2026-11-16', plannedMinutes: 80, walkedMinutes: 5, averagePain: 2 },
    ]);
    expect(lastCompletedWeek(weeks, TODAY)?.weekStart).toBe('2026-11-09');
    expect(weeklyMinutes(undefined, walks, TODAY)).toEqual([]);
    expect(weeklyMinutes(plan, [], TODAY).map((week) => week.averagePain)).toEqual([null, null, null]);
  });
});
