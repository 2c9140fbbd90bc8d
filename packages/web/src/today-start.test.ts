import { describe, expect, it } from 'vitest';
import { readTodayStart, TODAY_START_ID } from './today-start.js';

/** A page with `text` in the answer's script, or without the script at all. */
function page(text: string | undefined): Pick<Document, 'getElementById'> {
  return {
    getElementById: (id: string) =>
      id === TODAY_START_ID && text !== undefined ? ({ textContent: text } as HTMLElement) : null,
  };
}

const START = {
  account: {
    id: 'a1',
    email: 'anna@example.nl',
    role: 'patient',
    locale: 'nl',
    timeZone: 'Europe/Amsterdam',
  },
  today: { hasIntake: true, date: '2026-11-21', locale: 'nl', walked: [] },
};

describe('readTodayStart', () => {
  it('reads the answer the server put beside today’s markup', () => {
    expect(readTodayStart(page(JSON.stringify(START)))).toEqual(START);
  });

  it('gives nothing for a page without one, or with something else in it', () => {
    expect(readTodayStart(page(undefined))).toBeUndefined();
    expect(readTodayStart(page('not json'))).toBeUndefined();
    expect(readTodayStart(page('null'))).toBeUndefined();
    expect(readTodayStart(page(JSON.stringify({ account: START.account })))).toBeUndefined();
    expect(readTodayStart(page(JSON.stringify({ ...START, today: { date: 3 } })))).toBeUndefined();
  });
});
