import { describe, expect, it } from 'vitest';
import { retroPlan } from '../test-support/retro-plan.js';
import { planReadyWords, retroNeedsSupervision } from './outcome-headline.js';

describe('the words at the top of a plan that is ready', () => {
  it('put supervision first for an unsteady 78-year-old (routine assessment)', () => {
    const output = retroPlan({ age: 78, fallRisk: ['unsteady'] });
    expect(output.triage.level).toBe('routine-assessment');
    expect(retroNeedsSupervision(output)).toBe(true);
    expect(planReadyWords(output)).toEqual({
      title: 'triage.supervised.title',
      lead: 'triage.supervised.intro',
      more: 'triage.routine.intro',
    });
  });

  it('put supervision first for a 70-year-old the safety check leaves to manage themselves', () => {
    const output = retroPlan({ age: 70 });
    expect(output.triage.level).toBe('self-manage');
    const words = planReadyWords(output);
    expect(words.title).toBe('triage.supervised.title');
    // Never "you can start on your own" beside supervision.
    expect([words.lead, words.more]).not.toContain('triage.selfManage.intro');
  });

  it('say "on your own" only when the engine does and nothing needs a supervisor', () => {
    const output = retroPlan({ age: 40 });
    expect(retroNeedsSupervision(output)).toBe(false);
    expect(planReadyWords(output)).toEqual({
      title: 'triage.selfManage.title',
      lead: 'triage.selfManage.intro',
      more: null,
    });
  });

  it('see supervision in the planned walks even without the closing reason', () => {
    const output = retroPlan({ age: 78, fallRisk: ['unsteady'] });
    const withoutReason = {
      ...output,
      triage: {
        ...output.triage,
        reasons: output.triage.reasons.filter((reason) => reason.code !== 'supervised-retro'),
      },
    };
    expect(retroNeedsSupervision(withoutReason)).toBe(true);
    expect(retroNeedsSupervision({ ...withoutReason, plan: null })).toBe(false);
  });
});
