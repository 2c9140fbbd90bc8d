import { describe, expect, it } from 'vitest';
import { GLOBAL_RATING_MAX, GLOBAL_RATING_MIN } from '@wandelcoach/engine';
import { checkDraft, emptyDraft, GLOBAL_RATINGS, type CheckInDraft } from './answers.js';
import type { OutcomeDue } from './types.js';

const start: OutcomeDue = { timepoint: 'start', activities: [], asksGlobalRating: false };
const week6: OutcomeDue = {
  timepoint: 'week-6',
  activities: ['boodschappen doen', 'in de tuin werken', 'een half uur zitten'],
  asksGlobalRating: true,
};

function filled(due: OutcomeDue, changes: Partial<CheckInDraft> = {}): CheckInDraft {
  return {
    ...emptyDraft(due),
    nprs: 5,
    activities: ['boodschappen doen', 'in de tuin werken', 'een half uur zitten'],
    scores: [3, 4, 6],
    globalRating: 1,
    ...changes,
  };
}

describe('the questions at the start, week 6 and week 12', () => {
  it('start empty at the start, with the activities named before filled in later', () => {
    expect(emptyDraft(start).activities).toEqual(['', '', '']);
    expect(emptyDraft(week6).activities).toEqual(week6.activities);
    expect(emptyDraft(week6).scores).toEqual([undefined, undefined, undefined]);
  });

  it('send the pain, the three activities with their scores, and no global rating at the start', () => {
    expect(
      checkDraft(filled(start, { activities: [' boodschappen doen ', 'tuin', 'zitten'] }), start),
    ).toEqual({
      ok: true,
      body: {
        timepoint: 'start',
        nprs: 5,
        psfs: [
          { activity: 'boodschappen doen', score: 3 },
          { activity: 'tuin', score: 4 },
          { activity: 'zitten', score: 6 },
        ],
        globalRating: null,
      },
    });
  });

  it('send the global rating later, a score of 0 and a rating of 0 being answers too', () => {
    const checked = checkDraft(filled(week6, { nprs: 0, scores: [0, 0, 0], globalRating: 0 }), week6);
    expect(checked.ok && checked.body).toMatchObject({ timepoint: 'week-6', nprs: 0, globalRating: 0 });
  });

  it('say which question still needs an answer, the first on the screen first', () => {
    const checked = checkDraft(
      filled(week6, { nprs: undefined, scores: [3, undefined, 6], globalRating: undefined }),
      week6,
    );
    expect(checked).toEqual({
      ok: false,
      first: 'nprs',
      problems: {
        nprs: 'checkin.error.nprs',
        'score-1': 'checkin.error.score',
        globalRating: 'checkin.error.groc',
      },
    });
  });

  it('want each activity in a few words: not empty, at most 80 characters', () => {
    const checked = checkDraft(filled(start, { activities: ['  ', 'x'.repeat(81), 'zitten'] }), start);
    expect(checked).toEqual({
      ok: false,
      first: 'activity-0',
      problems: { 'activity-0': 'checkin.error.activity', 'activity-1': 'checkin.error.activityLong' },
    });
  });

  it('want three different activities, as the server does', () => {
    const checked = checkDraft(filled(start, { activities: ['Tuinieren', 'zitten', 'tuinieren '] }), start);
    expect(checked).toEqual({
      ok: false,
      first: 'activity-2',
      problems: { 'activity-2': 'checkin.error.activityTwice' },
    });
  });

  it('do not ask for the global rating at the start', () => {
    expect(checkDraft(filled(start, { globalRating: undefined }), start).ok).toBe(true);
  });
});

describe('the global rating of change', () => {
  it('runs from the engine’s much worse to its much better', () => {
    expect(GLOBAL_RATINGS[0]).toBe(GLOBAL_RATING_MIN);
    expect(GLOBAL_RATINGS.at(-1)).toBe(GLOBAL_RATING_MAX);
    expect(GLOBAL_RATINGS).toHaveLength(GLOBAL_RATING_MAX - GLOBAL_RATING_MIN + 1);
  });
});
