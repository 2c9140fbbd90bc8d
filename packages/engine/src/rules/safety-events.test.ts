/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import { walkLogSchema, type WalkLogInput } from '../schema.js';
import { safetyEventOf } from './safety-events.js';

const start = 20_000;
const today = start + 20;

function walk(fields: Partial<WalkLogInput>) {
  return walkLogSchema.parse({ date: '2026-11-24', kind: 'forward', minutes: 5, painDuring: 2, ...fields });
}

describe('safety events in the log (§1, §4, §5)', () => {
  it('acts from the next day, or at once when logged today', () => {
    expect(safetyEventOf(walk({ fall: true }), start + 3, start, today)?.from).toBe(start + 4);
    expect(safetyEventOf(walk({ fall: true }), today, start, today)?.from).toBe(today);
  });

  it('stops retro-walking on dizziness during any walk, and on a fall during retro-walking', () => {
    expect(safetyEventOf(walk({ dizziness: true }), start, start, today)?.stopsRetro).toBe('dizziness');
    expect(safetyEventOf(walk({ kind: 'retro', fall: true }), start, start, today)?.stopsRetro).toBe('fall');
    expect(safetyEventOf(walk({ fall: true }), start, start, today)?.stopsRetro).toBeNull();
  });

  it('is no event for a plain walk, or for one from before the plan started', () => {
    expect(safetyEventOf(walk({}), start, start, today)).toBeNull();
    expect(safetyEventOf(walk({ newSymptoms: ['saddle-numbness'] }), start - 1, start, today)).toBeNull();
  });
});
