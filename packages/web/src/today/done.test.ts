import { describe, expect, it } from 'vitest';
import { doneSessions } from './done.js';

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
