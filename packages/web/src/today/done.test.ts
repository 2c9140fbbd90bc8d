import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { doneSessions, sessionStates, sessionStateText } from './done.js';

describe('doneSessions', () => {
  it('ticks off the first open session of each logged walk’s kind', () => {
    const sessions = [{ kind: 'forward' as const }, { kind: 'retro' as const }, { kind: 'forward' as const }];
    expect(doneSessions(sessions, [])).toEqual([false, false, false]);
    expect(doneSessions(sessions, [{ kind: 'forward' }])).toEqual([true, false, false]);
    expect(doneSessions(sessions, [{ kind: 'forward' }, { kind: 'forward' }, { kind: 'retro' }])).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('ticks off nothing for walks beyond the plan', () => {
    expect(
      doneSessions([{ kind: 'forward' }], [{ kind: 'retro' }, { kind: 'forward' }, { kind: 'forward' }]),
    ).toEqual([true]);
  });
});

describe('sessionStates', () => {
  const forward = (minutes: number) => ({ kind: 'forward' as const, minutes });
  const retro = (minutes: number) => ({ kind: 'retro' as const, minutes });

  it('calls 2 of 5 minutes partly done, never done', () => {
    expect(sessionStates([forward(5)], [forward(2)])).toEqual([{ state: 'partly', walked: 2, planned: 5 }]);
  });

  it('calls the planned minutes done, give or take half a minute, and more than planned too', () => {
    expect(
      sessionStates([forward(5), forward(5), forward(5)], [forward(4.5), forward(5), forward(8)]),
    ).toEqual([
      { state: 'done', walked: 4.5, planned: 5 },
      { state: 'done', walked: 5, planned: 5 },
      { state: 'done', walked: 8, planned: 5 },
    ]);
    expect(sessionStates([retro(3.5)], [retro(2.5)])[0]?.state).toBe('partly');
  });

  it('matches walks to sessions as doneSessions does, and leaves the rest open', () => {
    const sessions = [forward(10), retro(5), forward(10)];
    const walked = [retro(5), forward(3), retro(5)];
    expect(sessionStates(sessions, walked).map((s) => s.state)).toEqual(['partly', 'done', 'open']);
    expect(sessionStates(sessions, walked).map((s) => s.state !== 'open')).toEqual(
      doneSessions(sessions, walked),
    );
  });

  it('says it in words, with the minutes the reader’s way', () => {
    const nl = translator('nl');
    const en = translator('en');
    expect(sessionStateText(nl, 'nl', { state: 'partly', walked: 2.5, planned: 5 })).toBe(
      'Deels gedaan: 2,5 van 5 min',
    );
    expect(sessionStateText(en, 'en', { state: 'partly', walked: 2, planned: 5 })).toBe(
      'Partly done: 2 of 5 min',
    );
    expect(sessionStateText(en, 'en', { state: 'done', walked: 5, planned: 5 })).toBe('Done');
    expect(sessionStateText(nl, 'nl', { state: 'open' })).toBe('Nog niet gedaan');
  });
});
