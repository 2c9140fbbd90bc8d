import type { PlanWeek } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import { selfManageOutput, session } from '../../test/fixtures.js';
import { planHasRetro, renderWeek, weekTitle } from './week.js';

const plan = selfManageOutput.plan;
if (plan === null) throw new Error('fixture has a plan');
const [week1, week2] = plan.weeks;
if (week1 === undefined || week2 === undefined) throw new Error('fixture has weeks');

const forwardOnly: PlanWeek = {
  week: 4,
  startDate: '2026-12-28',
  projected: false,
  totals: { forwardMinutes: 21, retroMinutes: 0 },
  days: [
    { date: '2026-12-28', sessions: [session({ minutes: 10.5 })] },
    { date: '2027-01-03', sessions: [] },
  ],
};

describe('weekTitle', () => {
  it('gives the week number, its first and last day and the totals', () => {
    expect(weekTitle('nl', week1, true)).toBe('Week 1 (23 nov – 29 nov) · 54 min vooruit, 5 min achteruit');
    expect(weekTitle('en', forwardOnly, false)).toBe('Week 4 (28 Dec – 3 Jan) · 21 min of walking');
    expect(weekTitle('nl', forwardOnly, false)).toBe('Week 4 (28 dec – 3 jan) · 21 min wandelen');
  });

  it('marks a projected week', () => {
    expect(weekTitle('nl', week2, true)).toMatch(/^Week 2 \(30 nov – 6 dec\) .* \(vooruitblik\)$/);
    expect(weekTitle('en', week2, true)).toMatch(/\(projection\)$/);
    expect(weekTitle('nl', week1, true)).not.toContain('vooruitblik');
  });
});

describe('renderWeek', () => {
  it('writes a row per day with aligned sessions and rest days', () => {
    const lines = renderWeek('nl', week1, true);
    expect(lines).toHaveLength(8);
    expect(lines[1]).toBe('  ma 23 nov  ochtend 4 min · middag 3 min · avond 3 min');
    expect(lines[3]).toBe('  wo 25 nov  rustdag');
    expect(lines[4]).toBe(
      '  do 26 nov  ochtend 4 min · middag achteruit 5 min (loopband 3 km/u, 0%) onder begeleiding',
    );
    // The separators after the first session line up on every day with more than one walk.
    const separatorColumns = [lines[1], lines[4], lines[7]].map((line) => line?.indexOf(' · '));
    expect(new Set(separatorColumns).size).toBe(1);
    for (const line of lines) expect(line).toBe(line.trimEnd());
  });

  it('writes English weekdays and rest days', () => {
    const lines = renderWeek('en', forwardOnly, false);
    expect(lines.slice(1)).toEqual(['  Mon 28 Dec  morning 10.5 min', '  Sun 3 Jan   rest day']);
  });
});

describe('planHasRetro', () => {
  it('notices walking backwards anywhere in the plan', () => {
    expect(planHasRetro(plan)).toBe(true);
    expect(planHasRetro({ startDate: '2026-12-28', weeks: [forwardOnly] })).toBe(false);
  });
});
