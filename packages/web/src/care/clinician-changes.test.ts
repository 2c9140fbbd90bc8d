import { describe, expect, it } from 'vitest';
import { PHYSIO, PHYSIO_REASON, planChangedByPhysio } from '../test-support/clinician-plan.js';
import { retroPlan } from '../test-support/retro-plan.js';
import { clinicianChanges, clinicianChangesIn } from './clinician-changes.js';

describe('a physiotherapist’s changes in the plan', () => {
  it('are the reasons they are the author of, with the week, the name and their reason', () => {
    const changes = clinicianChanges(planChangedByPhysio().decisions);
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change?.week).toBe(3);
    expect(change?.reason.by?.name).toBe(PHYSIO.name);
    expect(change?.reason.clinicianReason).toBe(PHYSIO_REASON);
  });

  it('are none in a plan nobody changed', () => {
    expect(clinicianChanges(retroPlan({ age: 50 }).decisions)).toEqual([]);
  });

  it('show on today in the week they apply, not in another, and not before the plan has a week', () => {
    const { decisions } = planChangedByPhysio('2026-11-16');
    expect(clinicianChangesIn(decisions, 3)).toHaveLength(1);
    expect(clinicianChangesIn(decisions, 2)).toEqual([]);
    expect(clinicianChangesIn(decisions, 4)).toEqual([]);
    expect(clinicianChangesIn(decisions, null)).toEqual([]);
  });
});
