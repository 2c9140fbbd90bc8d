/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../dates.js';
import { walkLogSchema, type WalkLog } from '../schema.js';
import { withoutDuplicates } from './duplicate-walks.js';

function walk(fields: Partial<WalkLog>): WalkLog {
  return walkLogSchema.parse({ date: '2026-11-24', kind: 'forward', minutes: 5, painDuring: 2, ...fields });
}

function once(logs: WalkLog[]) {
  return withoutDuplicates(
    logs,
    logs.map((log) => dayNumber(log.date)),
  );
}

describe('a walk logged twice counts once (§5)', () => {
  it('keeps the later of two entries with one id', () => {
    const { logs } = once([walk({ id: 'a', minutes: 5 }), walk({ id: 'a', minutes: 6 })]);
    expect(logs.map((log) => log.minutes)).toEqual([6]);
  });

  it('counts every walk without an id, even when they look alike', () => {
    expect(once([walk({}), walk({})]).logs).toHaveLength(2);
  });

  it('keeps each entry with its own day, whatever the dates of the copies', () => {
    const { logs, days } = once([
      walk({ id: 'a', date: '2026-11-24' }),
      walk({ id: 'b', date: '2026-11-25' }),
      walk({ id: 'a', date: '2026-11-26' }),
    ]);
    expect(logs.map((log) => log.date)).toEqual(['2026-11-25', '2026-11-26']);
    expect(days).toEqual([dayNumber('2026-11-25'), dayNumber('2026-11-26')]);
  });
});
