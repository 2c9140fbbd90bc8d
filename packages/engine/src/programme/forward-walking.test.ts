/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import { startingDayTotal } from '../rules/start-dose.js';
import { intakeFor } from '../test-support/intakes.js';
import { blocksFor, forwardProgramme } from './forward-walking.js';

function programme(overrides: Parameters<typeof intakeFor>[0], gentle = false) {
  const intake = intakeFor(overrides);
  return forwardProgramme(intake, startingDayTotal(intake), gentle);
}
const codes = (reasons: ReadonlyArray<{ code: string }>) => reasons.map((r) => r.code);

describe('the forward-walking programme (§3)', () => {
  it('explains a start from what the person already walks, or the cap at 35', () => {
    expect(codes(programme({ comfortableWalkMinutes: 20 }).reasons)).toContain('start.current-level');
    expect(codes(programme({ comfortableWalkMinutes: 600, activity: 'active' }).reasons)).toContain(
      'start.capped',
    );
    expect(codes(programme({ comfortableWalkMinutes: 30, activity: 'inactive' }).reasons)).toContain(
      'start.inactive',
    );
  });

  it('keeps forward walking as the main part of a retro-walking plan, without back-pain words', () => {
    const retroOnly = programme({ goals: ['retro-walking'], backPain: undefined });
    expect(codes(retroOnly.reasons)).toContain('start.forward-main');
    expect(codes(retroOnly.reasons)).not.toContain('target-day');
    expect(retroOnly.exhaleSteps).toBe(4);
  });

  it('breathes out over 5 steps with nerve pain or muscle tension (SEED-BP)', () => {
    expect(programme({ backPain: { type: 'nerve-pain', legPain: false } }).exhaleSteps).toBe(5);
    expect(programme({ backPain: { type: 'arthrosis', legPain: false } }).exhaleSteps).toBe(4);
  });

  it('builds up a minute slower while a physiotherapist should look first', () => {
    expect(programme({ activity: 'light' }, true).step).toBe(2);
    expect(codes(programme({}, true).reasons)).toContain('start.gentle');
  });

  it('counts the walks of a day the way the day is laid out', () => {
    expect([1, 4, 10, 25, 35].map(blocksFor)).toEqual([1, 2, 3, 3, 4]);
  });
});
