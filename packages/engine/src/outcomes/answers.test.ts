import { describe, expect, it } from 'vitest';
import { activityProblems, outcomeAnswerSchema, outcomeChange, type OutcomeAnswer } from './answers.js';

const psfs = (scores: [number, number, number]) =>
  ['Walk to the shop', 'Garden', 'Play with grandchildren'].map((activity, i) => ({
    activity,
    score: scores[i] ?? 0,
  }));

function problems(input: unknown): string[] {
  const result = outcomeAnswerSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('an outcome answer', () => {
  it('takes NPRS, three activities and a global rating after the start', () => {
    expect(problems({ timepoint: 'start', nprs: 6, psfs: psfs([3, 4, 2]) })).toEqual([]);
    expect(problems({ timepoint: 'week-6', nprs: 4, psfs: psfs([5, 6, 4]), globalRating: 2 })).toEqual([]);
  });

  it('names each field at fault', () => {
    expect(problems({ timepoint: 'start', nprs: 11, psfs: psfs([3, 4, 2]) })).toEqual([
      'nprs: must be a whole number from 0 to 10',
    ]);
    expect(problems({ timepoint: 'week-6', nprs: 4, psfs: psfs([5, 6, 4]) })).toEqual([
      'globalRating: is required after the start',
    ]);
    expect(problems({ timepoint: 'start', nprs: 4, psfs: psfs([5, 6, 4]), globalRating: 1 })).toEqual([
      'globalRating: is not asked at the start',
    ]);
    expect(problems({ timepoint: 'start', nprs: 4, psfs: psfs([5, 6, 4]).slice(0, 2) })).toEqual([
      'psfs: must name exactly 3 activities',
    ]);
    expect(
      problems({
        timepoint: 'start',
        nprs: 4.5,
        psfs: [{ activity: ' ', score: -1 }, ...psfs([1, 2, 3]).slice(1)],
      }),
    ).toEqual([
      'nprs: must be a whole number from 0 to 10',
      'psfs.0.activity: is required: name an activity',
      'psfs.0.score: must be a whole number from 0 to 10',
    ]);
    const twice = psfs([1, 2, 3]).map((item) => ({ ...item, activity: 'Garden' }));
    expect(problems({ timepoint: 'start', nprs: 4, psfs: twice })).toEqual([
      'psfs.1.activity: is named twice',
      'psfs.2.activity: is named twice',
    ]);
    const control = psfs([1, 2, 3]).map((item, i) => (i === 0 ? { ...item, activity: 'Walk\u0000' } : item));
    expect(problems({ timepoint: 'start', nprs: 4, psfs: control })).toEqual([
      'psfs.0.activity: has a control character',
    ]);
    expect(problems({ timepoint: 'week-9', nprs: 4, psfs: psfs([1, 2, 3]) })).toEqual([
      'timepoint: must be one of start, week-6, week-12',
    ]);
  });

  it('rates the same activities again, in the same order', () => {
    const named = psfs([0, 0, 0]).map((item) => item.activity);
    expect(activityProblems(psfs([1, 2, 3]), named)).toEqual([]);
    expect(activityProblems(psfs([1, 2, 3]), [])).toEqual([]);
    expect(activityProblems(psfs([1, 2, 3]), ['Cycle', named[1] ?? '', named[2] ?? ''])).toEqual([
      { path: 'psfs[0].activity', message: 'must be the activity named before: "Cycle"' },
    ]);
  });
});

describe('the change over a plan', () => {
  const answer = (nprs: number, scores: [number, number, number]): OutcomeAnswer => ({
    timepoint: 'start',
    answeredOn: '2026-12-01',
    nprs,
    psfs: psfs(scores),
    globalRating: null,
  });

  it('has no change with one answer or none', () => {
    expect(outcomeChange([]).nprs).toBeNull();
    expect(outcomeChange([answer(5, [1, 1, 1])])).toEqual({
      nprs: null,
      psfs: null,
      realChange: { nprs: false, psfs: false },
    });
  });

  it('compares the latest with the first, and calls 2 points a real change', () => {
    const change = outcomeChange([answer(7, [2, 3, 4]), answer(6, [3, 3, 4]), answer(5, [4, 5, 6])]);
    expect(change).toEqual({ nprs: -2, psfs: 2, realChange: { nprs: true, psfs: true } });
    const small = outcomeChange([answer(7, [2, 3, 4]), answer(6, [3, 4, 4])]);
    expect(small).toEqual({ nprs: -1, psfs: 0.7, realChange: { nprs: false, psfs: false } });
  });
});
