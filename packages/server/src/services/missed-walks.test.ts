import { buildPlan, type WalkKind } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import { missedWalks } from './missed-walks.js';

const output = buildPlan({
  intake: {
    locale: 'nl',
    age: 58,
    goals: ['back-pain'],
    backPain: { type: 'chronic', legPain: false },
    painNow: 4,
    activity: 'light',
    comfortableWalkMinutes: 15,
    redFlags: [],
    startDate: '2026-11-16',
  },
  logs: [],
  today: '2026-11-16',
});
const days = output.plan?.weeks[0]?.days ?? [];
const planned = (date: string) => days.find((day) => day.date === date)?.sessions ?? [];

describe('walks planned and not logged', () => {
  it('names each recent day with planned walks left open, most recent first, never today', () => {
    const missed = missedWalks(output, [], '2026-11-19');
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.map((day) => day.date)).toEqual(
      ['2026-11-18', '2026-11-17', '2026-11-16'].filter((date) => planned(date).length > 0),
    );
    for (const day of missed) {
      expect(day.walks).toBe(planned(day.date).length);
      expect(day.minutes).toBe(planned(day.date).reduce((sum, session) => sum + session.minutes, 0));
    }
  });

  it('ticks off a planned walk with a logged walk of its kind on that day only', () => {
    const date = days.find((day) => day.sessions.length > 0)?.date ?? '';
    const logs = planned(date).map((session) => ({ date, kind: session.kind }));
    expect(missedWalks(output, logs, '2026-11-19').map((day) => day.date)).not.toContain(date);
    // A walk of the other kind, or on another day, ticks nothing off.
    const other: WalkKind = planned(date)[0]?.kind === 'forward' ? 'retro' : 'forward';
    expect(missedWalks(output, [{ date, kind: other }], '2026-11-19').map((day) => day.date)).toContain(date);
  });

  it('looks back one week at most, and finds nothing without a plan', () => {
    expect(missedWalks(output, [], '2026-11-16')).toEqual([]);
    expect(missedWalks(output, [], '2026-12-30').every((day) => day.date >= '2026-12-23')).toBe(true);
    expect(missedWalks({ ...output, plan: null }, [], '2026-11-19')).toEqual([]);
  });
});
