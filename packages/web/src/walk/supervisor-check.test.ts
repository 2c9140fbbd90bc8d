import { describe, expect, it } from 'vitest';
import { answerSupervisorQuestion, openingGate, walkMayStart } from './supervisor-check.js';

describe('the supervisor question before a supervised walk', () => {
  it('is asked first for a supervised session, and never for another', () => {
    expect(openingGate({ supervised: true })).toBe('ask-supervisor');
    expect(walkMayStart(openingGate({ supervised: true }))).toBe(false);
    expect(openingGate({ supervised: false })).toBe('open');
    expect(walkMayStart(openingGate({ supervised: false }))).toBe(true);
  });

  it('opens the walk on yes only', () => {
    expect(answerSupervisorQuestion(true)).toBe('open');
    expect(walkMayStart(answerSupervisorQuestion(true))).toBe(true);
  });

  it('keeps the walk closed on no', () => {
    expect(answerSupervisorQuestion(false)).toBe('supervisor-absent');
    expect(walkMayStart(answerSupervisorQuestion(false))).toBe(false);
  });
});
