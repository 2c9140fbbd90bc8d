import { contentFor } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import { retroSession, session } from '../../test/fixtures.js';
import { sessionCell, sessionDetails } from './session.js';

describe('sessionCell', () => {
  it("names the weekend's longer walk and the warm-up before walking backwards", () => {
    expect(sessionCell('nl', session({ partOfDay: 'any', purpose: 'long-walk', minutes: 21 }))).toBe(
      'langere wandeling 21 min',
    );
    expect(sessionCell('en', session({ partOfDay: 'any', purpose: 'long-walk', minutes: 21 }))).toBe(
      'longer walk 21 min',
    );
    expect(sessionCell('nl', session({ partOfDay: 'any', purpose: 'warm-up', minutes: 5 }))).toBe(
      'warming-up 5 min',
    );
    // A warm-up in the afternoon is still told by its part of the day.
    expect(sessionCell('en', session({ partOfDay: 'afternoon', purpose: 'warm-up', minutes: 4 }))).toBe(
      'afternoon 4 min',
    );
  });

  it('writes a forward walk as part of day and minutes', () => {
    expect(sessionCell('nl', session())).toBe('ochtend 4 min');
    expect(sessionCell('nl', session({ partOfDay: 'evening', minutes: 10 }))).toBe('avond 10 min');
    expect(sessionCell('en', session({ partOfDay: 'afternoon', minutes: 3 }))).toBe('afternoon 3 min');
  });

  it('writes half minutes with the locale decimal mark', () => {
    expect(sessionCell('nl', session({ minutes: 5.5 }))).toBe('ochtend 5,5 min');
    expect(sessionCell('en', session({ minutes: 5.5 }))).toBe('morning 5.5 min');
  });

  it('names a walk for any time of day without a part of day', () => {
    expect(sessionCell('nl', session({ partOfDay: 'any', minutes: 30 }))).toBe('wandelen 30 min');
  });

  it('writes walking backwards with treadmill settings and supervision', () => {
    expect(sessionCell('nl', retroSession)).toBe(
      'middag achteruit 5 min (loopband 3 km/u, 0%) onder begeleiding',
    );
    expect(sessionCell('nl', { ...retroSession, partOfDay: 'any' })).toBe(
      'achteruit 5 min (loopband 3 km/u, 0%) onder begeleiding',
    );
    expect(
      sessionCell('en', {
        ...retroSession,
        treadmill: { speedKmh: 3.5, inclinePercent: 1.5 },
        supervised: false,
      }),
    ).toBe('afternoon backwards 5 min (treadmill 3.5 km/h, 1.5%)');
  });
});

describe('sessionDetails', () => {
  it('describes a forward walk with its title, breathing and cue labels', () => {
    const lines = sessionDetails('nl', session({ cues: ['relaxed-arm-swing', 'let-hips-move'] }));
    const cues = contentFor('nl').cues;
    expect(lines).toEqual([
      `  Ochtend · ${contentFor('nl').purposes['calm-start']}`,
      '    4 min vooruit lopen',
      '    Ademhaling: 3 stappen in, 4 stappen uit',
      `    Let op: ${cues['relaxed-arm-swing'].label} · ${cues['let-hips-move'].label}`,
    ]);
  });

  it('describes a supervised treadmill walk backwards in English', () => {
    const lines = sessionDetails('en', retroSession);
    expect(lines[0]).toBe(`  Afternoon · ${contentFor('en').purposes.retro}`);
    expect(lines[1]).toBe('    5 min walking backwards · treadmill 3 km/h, 0% · under supervision');
    expect(lines.join('\n')).toContain(contentFor('en').cues['hold-handrails-safety-key'].label);
  });

  it('leaves out the cue line when there are no cues', () => {
    expect(sessionDetails('en', session({ cues: [] }))).toHaveLength(3);
  });
});
