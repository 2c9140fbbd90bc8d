/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import { sortByDay } from '../log-by-day.js';
import { walkLogSchema } from '../schema.js';
import { LONG_FLARE_DAYS, longFlareDay } from './long-flare.js';

const start = 20_000;

function mornings(...entries: Array<[number, number | null]>) {
  return sortByDay(
    entries.map(([, painNextMorning]) =>
      walkLogSchema.parse({
        date: '2026-11-24',
        kind: 'forward',
        minutes: 5,
        painDuring: 2,
        painNextMorning,
      }),
    ),
    entries.map(([offset]) => start + offset),
  );
}

describe('a long flare (§5)', () => {
  it('is found once flaring mornings span more than a week', () => {
    const log = mornings([0, 5], [3, 6], [LONG_FLARE_DAYS, 5]);
    expect(longFlareDay(log, 3, start, start + 30)).toBe(start + LONG_FLARE_DAYS);
  });

  it('ends with a calm morning in between', () => {
    expect(longFlareDay(mornings([0, 5], [3, 3], [LONG_FLARE_DAYS, 5]), 3, start, start + 30)).toBeNull();
  });

  it('ignores mornings before the plan started: another episode', () => {
    expect(longFlareDay(mornings([-10, 6], [-2, 6]), 3, start, start + 30)).toBeNull();
  });
});
