import { afterWalkFindings, RED_FLAGS } from '@wandelcoach/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logResultMessage, type LoggedWalk } from './log-result-message.js';

function walk(changes: Partial<LoggedWalk>): LoggedWalk {
  return {
    kind: 'forward',
    minutes: 5,
    painDuring: 1,
    dizziness: false,
    fall: false,
    newSymptoms: [],
    ...changes,
  };
}

const planned5 = { plannedMinutes: 5, stopped: false, usualPain: 3 };

describe('the words after a logged walk', () => {
  it('do not cheer after a stop with pain 6 for 2 of 5 minutes, and say what comes next', () => {
    const message = logResultMessage(walk({ minutes: 2, painDuring: 6 }), {
      plannedMinutes: 5,
      stopped: true,
      usualPain: null,
    });
    expect(message.acknowledgement).toBe('logResult.ack.painStopped');
    expect(message.next).toEqual([
      'logResult.next.painIfMore',
      'logResult.next.painEase',
      'logResult.next.painGp',
      'logResult.next.walkStays',
      'logResult.next.morning',
    ]);
  });

  it('say the plan holds when the pain was above the person’s limit', () => {
    const message = logResultMessage(walk({ painDuring: 6 }), planned5);
    expect(message.acknowledgement).toBe('logResult.ack.pain');
    expect(message.next[0]).toBe('logResult.next.painHold');
    expect(message.next).not.toContain('logResult.next.grow');
  });

  it('cheer a walk that went as planned, and say the plan may grow', () => {
    const message = logResultMessage(walk({}), planned5);
    expect(message.acknowledgement).toBe('logResult.ack.well');
    expect(message.next).toEqual([
      'logResult.next.grow',
      'logResult.next.walkStays',
      'logResult.next.morning',
    ]);
  });

  it('acknowledge a part walked, or a stop without pain, without cheering', () => {
    const partly = logResultMessage(walk({ minutes: 2 }), planned5);
    expect(partly.acknowledgement).toBe('logResult.ack.partly');
    expect(partly.next).toEqual([
      'logResult.next.partly',
      'logResult.next.walkStays',
      'logResult.next.morning',
    ]);
    expect(logResultMessage(walk({ minutes: 2 }), { ...planned5, stopped: true }).acknowledgement).toBe(
      'logResult.ack.stopped',
    );
  });

  it('without the usual pain, neither cheer nor claim a hold for pain in the middle of the scale', () => {
    const message = logResultMessage(walk({ painDuring: 4 }), { ...planned5, usualPain: null });
    expect(message.acknowledgement).toBe('logResult.ack.noted');
    expect(message.next).toContain('logResult.next.painIfMore');
    expect(message.next).not.toContain('logResult.next.painHold');
  });

  it('coach against walking far more than planned, without promising faster growth', () => {
    const message = logResultMessage(walk({ minutes: 10 }), planned5);
    expect(message.next).toContain('logResult.next.more');
    expect(message.next).not.toContain('logResult.next.grow');
  });

  it('after dizziness or a fall, say what to do and when to call; retro-walking words only for a retro walk', () => {
    const dizzy = logResultMessage(walk({ dizziness: true }), { ...planned5, stopped: true });
    expect(dizzy.acknowledgement).toBe('logResult.ack.safetyStopped');
    expect(dizzy.next).toEqual(['logResult.next.dizzy', 'logResult.next.dizzyGp', 'logResult.next.morning']);
    expect(logResultMessage(walk({ kind: 'retro', dizziness: true }), planned5).next).toContain(
      'logResult.next.retroStops',
    );
    const fell = logResultMessage(walk({ fall: true }), planned5);
    expect(fell.acknowledgement).toBe('logResult.ack.safety');
    expect(fell.next).toEqual(['logResult.next.fall', 'logResult.next.fallHurt', 'logResult.next.morning']);
    expect(logResultMessage(walk({ kind: 'retro', fall: true }), planned5).next).toContain(
      'logResult.next.retroStops',
    );
  });

  it('send warning signs to the GP or to 112, and promise no next walk', () => {
    const gp = logResultMessage(walk({ newSymptoms: ['leg-giving-way'] }), planned5);
    expect(gp).toEqual({
      acknowledgement: 'logResult.ack.safety',
      next: ['logResult.next.gp', 'logResult.next.outOfHours'],
      callNow: false,
    });
    const emergency = logResultMessage(walk({ newSymptoms: ['saddle-numbness', 'unsure'] }), planned5);
    expect(emergency.next).toEqual(['logResult.next.emergency']);
    expect(emergency.callNow).toBe(true);
  });

  it('never cheer after a stop, a safety matter, pain above the limit or a part of the walk', () => {
    const walks = fc.record({
      kind: fc.constantFrom('forward' as const, 'retro' as const),
      minutes: fc.integer({ min: 0, max: 60 }),
      painDuring: fc.integer({ min: 0, max: 10 }),
      dizziness: fc.boolean(),
      fall: fc.boolean(),
      newSymptoms: fc.subarray([...RED_FLAGS]),
    });
    const contexts = fc.record({
      plannedMinutes: fc.integer({ min: 1, max: 35 }),
      stopped: fc.boolean(),
      usualPain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    });
    fc.assert(
      fc.property(walks, contexts, (logged, context) => {
        if (logResultMessage(logged, context).acknowledgement !== 'logResult.ack.well') return;
        const findings = afterWalkFindings({ ...logged, ...context });
        expect(context.stopped).toBe(false);
        expect(findings.safety).toBeNull();
        expect(findings.painAboveLimit).toBe(false);
        expect(findings.amount).not.toBe('partly');
      }),
    );
  });
});
