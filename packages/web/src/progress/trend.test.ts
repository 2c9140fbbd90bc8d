import { describe, expect, it } from 'vitest';
import type { Progress } from '../api/client.js';
import { translator } from '../i18n/index.js';
import { change, lastNoted, minutesSummary, painSentence, painSummary, weeksBegun } from './trend.js';

const nl = translator('nl');
const en = translator('en');

function pain(date: string, painDuring: number, painNextMorning: number | null = null) {
  return { date, painDuring, painNextMorning };
}

function week(
  number: number,
  planned: number,
  walked: number,
  projected = false,
  retro = { planned: 0, walked: 0 },
): Progress['weeks'][number] {
  return {
    week: number,
    startDate: '2026-12-01',
    endDate: '2026-12-07',
    projected,
    planned: { forward: planned, retro: retro.planned },
    walked: { forward: walked, retro: retro.walked },
  };
}

describe('a change in a score', () => {
  it('runs from the first day noted to the last', () => {
    expect(
      change([
        { date: '2026-12-01', value: 5 },
        { date: '2026-12-08', value: 6 },
        { date: '2026-12-29', value: 3 },
      ]),
    ).toEqual({ from: 5, to: 3, days: 28 });
  });

  it('skips days without a score, and is nothing when none was noted', () => {
    expect(
      change([
        { date: '2026-12-01', value: null },
        { date: '2026-12-02', value: 4 },
        { date: '2026-12-05', value: 2 },
        { date: '2026-12-06', value: null },
      ]),
    ).toEqual({ from: 4, to: 2, days: 3 });
    expect(change([{ date: '2026-12-01', value: null }])).toBeUndefined();
    expect(change([])).toBeUndefined();
  });

  it('gives the last score noted, for the legend', () => {
    expect(
      lastNoted([
        { date: '2026-12-01', value: 4 },
        { date: '2026-12-02', value: null },
      ]),
    ).toEqual({ date: '2026-12-01', value: 4 });
    expect(lastNoted([{ date: '2026-12-01', value: null }])).toBeUndefined();
  });
});

describe('a pain score in words', () => {
  const during = nl('progress.trend.during');

  it('says which way it went, and over how long', () => {
    expect(painSentence(nl, during, { from: 5, to: 3, days: 28 })).toBe(
      'Je pijn tijdens het lopen ging omlaag van 5 naar 3, in 4 weken.',
    );
    expect(painSentence(en, en('progress.trend.during'), { from: 5, to: 3, days: 28 })).toBe(
      'Your pain while walking went down from 5 to 3 in 4 weeks.',
    );
    expect(painSentence(nl, during, { from: 2, to: 4, days: 3 })).toBe(
      'Je pijn tijdens het lopen ging omhoog van 2 naar 4, in 3 dagen.',
    );
    expect(painSentence(en, en('progress.trend.morning'), { from: 3, to: 3, days: 10 })).toBe(
      'Your pain the next morning was 3 at the start, and 10 days later it was still 3.',
    );
  });

  it('uses the singular for one day or one week', () => {
    expect(painSentence(nl, during, { from: 4, to: 3, days: 1 })).toContain('in 1 dag.');
    expect(painSentence(en, en('progress.trend.during'), { from: 4, to: 3, days: 1 })).toContain('in 1 day.');
    // Days under two weeks; from then on whole weeks, rounded.
    expect(painSentence(nl, during, { from: 4, to: 3, days: 13 })).toContain('in 13 dagen.');
    expect(painSentence(nl, during, { from: 4, to: 3, days: 14 })).toContain('in 2 weken.');
    expect(painSentence(nl, during, { from: 4, to: 3, days: 18 })).toContain('in 3 weken.');
  });

  it('gives the one day noted as it is', () => {
    expect(painSentence(nl, during, { from: 4, to: 4, days: 0 })).toBe(
      'Je pijn tijdens het lopen was 4 op de dag die je hebt ingevuld.',
    );
  });
});

describe('the pain chart in words', () => {
  it('tells of pain while walking, then the next morning when it was noted', () => {
    expect(painSummary(en, [pain('2026-12-01', 5, 4), pain('2026-12-15', 4), pain('2026-12-29', 3, 2)])).toBe(
      'Your pain while walking went down from 5 to 3 in 4 weeks. ' +
        'Your pain the next morning went down from 4 to 2 in 4 weeks.',
    );
  });

  it('leaves out the next morning when it was never noted', () => {
    expect(painSummary(nl, [pain('2026-12-01', 2), pain('2026-12-03', 2)])).toBe(
      'Je pijn tijdens het lopen was aan het begin 2, en 2 dagen later nog steeds 2.',
    );
  });

  it('is empty when nothing was noted', () => {
    expect(painSummary(nl, [])).toBe('');
  });
});

describe('the minutes chart in words', () => {
  it('adds up the weeks begun so far, forward and backward together', () => {
    const weeks = [
      week(1, 60, 45, false, { planned: 15, walked: 10 }),
      week(2, 70, 7.5),
      week(3, 80, 0, true),
    ];
    expect(weeksBegun(weeks).map((w) => w.week)).toEqual([1, 2]);
    expect(minutesSummary(nl, weeks)).toBe(
      'In week 1 tot en met 2 liep je 62,5 van de 145 geplande minuten.',
    );
    expect(minutesSummary(en, weeks)).toBe('In weeks 1 to 2 you walked 62.5 of the 145 minutes planned.');
  });

  it('names a single week on its own', () => {
    expect(minutesSummary(en, [week(1, 60, 20), week(2, 70, 0, true)])).toBe(
      'In week 1 you walked 20 of the 60 minutes planned.',
    );
  });

  it('says so when the plan has not begun', () => {
    expect(minutesSummary(nl, [week(1, 60, 0, true)])).toBe('Je plan is nog niet begonnen.');
    expect(minutesSummary(en, [])).toBe('Your plan has not started yet.');
  });

  it('does not add floating-point noise', () => {
    expect(minutesSummary(en, [week(1, 0.1, 0.1), week(2, 0.2, 0.2)])).toBe(
      'In weeks 1 to 2 you walked 0.3 of the 0.3 minutes planned.',
    );
  });
});
