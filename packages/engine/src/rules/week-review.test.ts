/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import type { WalkLog } from '../schema.js';
import { isFlareMorning, painDuringLimit, reviewWeek, type WeekSummary } from './week-review.js';

function walk(overrides: Partial<WalkLog>): WalkLog {
  return {
    date: '2026-11-23',
    kind: 'forward',
    minutes: 10,
    painDuring: 2,
    painNextMorning: 2,
    dizziness: false,
    fall: false,
    newSymptoms: [],
    ...overrides,
  };
}
const week = (logs: WalkLog[], plannedMinutes = 70): WeekSummary => ({
  plannedMinutes,
  logs,
  overDoing: null,
});
const codes = (review: { reasons: ReadonlyArray<{ code: string }> }) => review.reasons.map((r) => r.code);
const sevenWalks = (o: Partial<WalkLog> = {}) => Array.from({ length: 7 }, () => walk(o));
const at = (baseline: number) => ({ locale: 'en' as const, baseline });

describe('the pain limit during walking (§5)', () => {
  it('is 2 above the usual level, and at most 5 while the usual level is under 5', () => {
    expect([0, 2, 3, 4].map(painDuringLimit)).toEqual([2, 4, 5, 5]);
    expect([5, 6].map(painDuringLimit)).toEqual([7, 8]);
  });

  it('never reaches the top of the scale: walking at 10/10 is never within it', () => {
    expect([7, 8, 9, 10].map(painDuringLimit)).toEqual([9, 9, 9, 9]);
  });

  it('calls a morning 2 or more above the usual level a flare, or 10/10 above a usual 9', () => {
    expect(isFlareMorning(5, 3)).toBe(true);
    expect(isFlareMorning(4, 3)).toBe(false);
    expect(isFlareMorning(10, 9)).toBe(true);
    expect(isFlareMorning(9, 9)).toBe(false);
    expect(isFlareMorning(10, 10)).toBe(false);
  });
});

describe('reviewWeek (PMM, KNGF C.2.1, NPRS)', () => {
  it('progresses a full step after a week done well with morning scores', () => {
    const review = reviewWeek(at(2), week(sevenWalks()), false);
    expect(review).toMatchObject({ outcome: 'progress', fullStep: true });
    expect(codes(review)).toEqual(['decision.well-tolerated']);
  });

  it('lets someone whose usual pain is 6 progress while walking stays within 8', () => {
    const review = reviewWeek(at(6), week(sevenWalks({ painDuring: 7, painNextMorning: 6 })), false);
    expect(review.outcome).toBe('progress');
    expect(reviewWeek(at(6), week(sevenWalks({ painDuring: 9, painNextMorning: 6 })), false).outcome).toBe(
      'hold',
    );
  });

  it('never claims the morning was back to usual when no morning was recorded; it grows half a step', () => {
    const review = reviewWeek(at(3), week(sevenWalks({ painNextMorning: null })), false);
    expect(review).toMatchObject({ outcome: 'progress', fullStep: false });
    expect(codes(review)).toEqual(['decision.progress.half-step']);
    expect(review.reasons.map((r) => r.message).join(' ')).not.toMatch(/usual level the next morning/);
  });

  it('steps back when next-morning pain is 2 points or more above the usual level', () => {
    const review = reviewWeek(at(2), week([...sevenWalks(), walk({ painNextMorning: 4 })]), false);
    expect(review.outcome).toBe('regress');
    expect(review.reasons[0]?.message).toContain('4 out of 10');
  });

  it('holds when pain during walking goes over the limit', () => {
    expect(reviewWeek(at(2), week(sevenWalks({ painDuring: 6 })), false).outcome).toBe('hold');
    expect(reviewWeek(at(0), week(sevenWalks({ painDuring: 3, painNextMorning: 0 })), false).outcome).toBe(
      'hold',
    );
    expect(reviewWeek(at(2), week(sevenWalks({ painDuring: 4 })), false).outcome).toBe('progress');
  });

  it('holds below 80% of the planned minutes and says so, and without any walks', () => {
    const short = reviewWeek(at(2), week(sevenWalks({ minutes: 7 }), 100), false);
    expect(short).toMatchObject({ outcome: 'hold', tooFewMinutes: true });
    expect(short.reasons[0]?.message).toContain('49%');
    const none = reviewWeek(at(2), week([]), false);
    expect(none).toMatchObject({ outcome: 'hold', tooFewMinutes: false });
    expect(codes(none)).toEqual(['decision.hold.no-logs']);
  });

  it('holds after dizziness or a fall', () => {
    expect(codes(reviewWeek(at(2), week([...sevenWalks(), walk({ dizziness: true })]), false))).toContain(
      'decision.hold.dizziness',
    );
    expect(codes(reviewWeek(at(2), week([...sevenWalks(), walk({ fall: true })]), false))).toContain(
      'decision.hold.fall',
    );
  });

  it('coaches over-doing instead of saying the week went well', () => {
    const review = reviewWeek(
      at(2),
      {
        ...week(sevenWalks()),
        overDoing: { kind: 'day', day: 0, date: '24 November', walked: 60, planned: 10 },
      },
      false,
    );
    expect(review.outcome).toBe('progress');
    expect(codes(review)).toEqual(['decision.over-doing']);
    expect(review.reasons[0]?.message).toContain('60');
  });

  it('judges a week under way on pain only', () => {
    expect(reviewWeek(at(2), week([walk({ minutes: 1 })]), true).outcome).toBe('progress');
    expect(reviewWeek(at(2), week([walk({ painNextMorning: 5 })]), true).outcome).toBe('regress');
  });
});
