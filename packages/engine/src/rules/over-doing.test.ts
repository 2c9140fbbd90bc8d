/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import { walkLogSchema, type WalkLog } from '../schema.js';
import { findOverDoing, OVER_DOING_SHARE, type PlannedDayLoad } from './over-doing.js';

const monday = 20_000;

function plannedWeek(total: number, longestForward: number, longestRetro = 0): PlannedDayLoad[] {
  return Array.from({ length: 7 }, (_, i) => ({ day: monday + i, total, longestForward, longestRetro }));
}

function walks(...entries: Array<[number, number, WalkLog['kind']?]>): { logs: WalkLog[]; days: number[] } {
  return {
    logs: entries.map(([, minutes, kind]) =>
      walkLogSchema.parse({ date: '2026-11-24', kind: kind ?? 'forward', minutes, painDuring: 2 }),
    ),
    days: entries.map(([offset]) => monday + offset),
  };
}

describe('over-doing (§3)', () => {
  it('coaches 60 minutes on day 2 of a 10-minute plan', () => {
    const { logs, days } = walks([1, 60]);
    expect(findOverDoing(plannedWeek(10, 4), logs, days)).toEqual({
      kind: 'day',
      day: monday + 1,
      walked: 60,
      planned: 10,
    });
  });

  it('coaches a week at six times the plan, from its first day', () => {
    const { logs, days } = walks(...Array.from({ length: 7 }, (_, i): [number, number] => [i, 60]));
    expect(findOverDoing(plannedWeek(10, 4), logs, days)?.day).toBe(monday);
  });

  it('coaches one walk over 150% of the planned walk, even when the day’s total is kept', () => {
    // planned walks of 4, 3 and 3 minutes; one walk of 7 minutes is more than 4 × 1.5 = 6
    const { logs, days } = walks([2, 7]);
    expect(findOverDoing(plannedWeek(10, 4), logs, days)).toEqual({
      kind: 'walk',
      day: monday + 2,
      walked: 7,
      planned: 4,
    });
  });

  it('leaves a day walked as planned, or a little over, alone', () => {
    const { logs, days } = walks([0, 4], [0, 3], [0, 3], [1, 6], [2, 5], [2, 5], [2, 5]);
    expect(4 * OVER_DOING_SHARE).toBe(6);
    expect(findOverDoing(plannedWeek(10, 4), logs, days)).toBeNull();
  });

  it('measures a retro walk against the planned retro session', () => {
    const { logs, days } = walks([3, 8, 'retro']);
    expect(findOverDoing(plannedWeek(20, 10, 5), logs, days)).toEqual({
      kind: 'walk',
      day: monday + 3,
      walked: 8,
      planned: 5,
    });
  });

  it('names the longest of several long walks, whatever their order in the log', () => {
    const { logs, days } = walks([2, 8], [2, 9]);
    expect(findOverDoing(plannedWeek(20, 5), logs, days)?.walked).toBe(9);
    expect(findOverDoing(plannedWeek(20, 5), [...logs].reverse(), [...days].reverse())?.walked).toBe(9);
  });

  it('does not judge days without planned walks', () => {
    const { logs, days } = walks([0, 60]);
    expect(findOverDoing(plannedWeek(0, 0), logs, days)).toBeNull();
  });
});
