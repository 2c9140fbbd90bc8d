import { describe, expect, it } from 'vitest';
import { EMERGENCY_FLAGS, GP_FLAGS } from '../codes.js';
import { dayNumber } from '../dates.js';
import { intakeFor } from '../test-support/intakes.js';
import { assessTriage, NO_EVENTS } from './assess.js';

const codes = (reasons: ReadonlyArray<{ code: string }>) => reasons.map((r) => r.code);

describe('assessTriage', () => {
  it('lets a person without warning signs manage on their own', () => {
    const result = assessTriage(intakeFor({}));
    expect(result.level).toBe('self-manage');
    expect(result.planLevel).toBe('self-manage');
    expect(codes(result.reasons)).toEqual(['risk-profile.low', 'self-manage']);
  });

  it.each(EMERGENCY_FLAGS)('sends %s to the emergency department with no plan', (flag) => {
    const result = assessTriage(intakeFor({ redFlags: [flag] }));
    expect(result.level).toBe('emergency');
    expect(result.planLevel).toBeNull();
    expect(codes(result.reasons)).toEqual([`red-flag.${flag}`, 'emergency-now']);
    expect(result.reasons.at(-1)?.message).toContain('112');
  });

  it.each(GP_FLAGS)('sends %s to the GP first, with no plan until cleared', (flag) => {
    const result = assessTriage(intakeFor({ redFlags: [flag] }));
    expect(result.level).toBe('gp-soon');
    expect(result.planLevel).toBeNull();
    expect(codes(result.reasons)).toContain(`red-flag.${flag}`);
    expect(codes(result.reasons)).toContain('gp-soon-now');
  });

  it('lets the highest level win', () => {
    const result = assessTriage(
      intakeFor({ redFlags: ['weight-loss', 'saddle-numbness'], conditions: ['stroke'] }),
    );
    expect(result.level).toBe('emergency');
    expect(codes(result.reasons)).not.toContain('red-flag.weight-loss');
  });

  it('opens the plan once a GP has cleared the person, at the level the rest of the answers show', () => {
    const cleared = assessTriage(
      intakeFor({ redFlags: ['cancer-history'], clearedBy: { by: 'gp', date: '2026-11-20' } }),
    );
    expect(cleared.level).toBe('gp-soon');
    expect(cleared.planLevel).toBe('self-manage');
    expect(codes(cleared.reasons)).toContain('gp-cleared');

    const withLegPain = assessTriage(
      intakeFor({
        redFlags: ['cancer-history'],
        backPain: { type: 'nerve-pain', legPain: true },
        clearedBy: { by: 'gp', date: '2026-11-20' },
      }),
    );
    expect(withLegPain.planLevel).toBe('routine-assessment');
  });

  it('does not let a physiotherapist clear signs that need a GP', () => {
    const result = assessTriage(
      intakeFor({ redFlags: ['fever-or-ill'], clearedBy: { by: 'physio', date: '2026-11-20' } }),
    );
    expect(result.planLevel).toBeNull();
    expect(codes(result.reasons)).toContain('physio-clearance-not-enough');
  });

  it('counts a clearance only from its own date on', () => {
    const intake = intakeFor({ redFlags: ['unsure'], clearedBy: { by: 'gp', date: '2026-12-01' } });
    expect(assessTriage(intake, NO_EVENTS, dayNumber('2026-11-30')).planLevel).toBeNull();
    expect(assessTriage(intake, NO_EVENTS, dayNumber('2026-12-01')).planLevel).toBe('self-manage');
  });

  it('treats severe nerve pain with giving way as a sign for the GP', () => {
    const result = assessTriage(intakeFor({ needsGuidance: ['severe-nerve-pain'] }));
    expect(result.level).toBe('gp-soon');
    expect(codes(result.reasons)).toContain('guidance.severe-nerve-pain');
  });

  it.each(['stiff-si-joints', 'weak-hips', 'movement-insecurity', 'breathing-stays-high'] as const)(
    'gives a gentle plan with a physiotherapist for %s',
    (situation) => {
      const result = assessTriage(intakeFor({ needsGuidance: [situation] }));
      expect(result.level).toBe('routine-assessment');
      expect(result.planLevel).toBe('routine-assessment');
      expect(codes(result.reasons)).toEqual(expect.arrayContaining([`guidance.${situation}`, 'see-physio']));
    },
  );

  it.each(['recent-surgery', 'stroke', 'multiple-sclerosis'] as const)(
    'asks for a professional after %s',
    (condition) => {
      expect(assessTriage(intakeFor({ conditions: [condition] })).level).toBe('routine-assessment');
    },
  );

  it('asks for a professional with leg pain or a high risk profile, not with a medium one', () => {
    expect(assessTriage(intakeFor({ backPain: { type: 'nerve-pain', legPain: true } })).level).toBe(
      'routine-assessment',
    );
    const high = assessTriage(intakeFor({ riskFactors: ['stress', 'low-mood', 'catastrophising'] }));
    expect(high.level).toBe('routine-assessment');
    expect(high.riskProfile).toBe(3);
    const medium = assessTriage(intakeFor({ riskFactors: ['stress', 'earlier-episodes'] }));
    expect(medium.level).toBe('self-manage');
    expect(codes(medium.reasons)).toContain('risk-profile.medium');
  });

  it('re-triages on what the log reports', () => {
    const intake = intakeFor({});
    const fall = assessTriage(intake, { ...NO_EVENTS, falls: ['2026-11-25'] });
    expect(fall.level).toBe('routine-assessment');
    expect(codes(fall.reasons)).toContain('retriage.fall');

    const signs = assessTriage(intake, {
      ...NO_EVENTS,
      newSymptoms: [{ date: '2026-11-25', flags: ['bladder-bowel-change'] }],
    });
    expect(signs.level).toBe('emergency');
    expect(signs.pausedSince).toBe('2026-11-25');

    expect(assessTriage(intake, { ...NO_EVENTS, longFlare: true }).level).toBe('routine-assessment');
    expect(assessTriage(intake, { ...NO_EVENTS, repeatedRegress: true }).level).toBe('routine-assessment');
  });

  it('lets a GP visit after new signs open the plan again, gently, but not one before them', () => {
    const events = { ...NO_EVENTS, newSymptoms: [{ date: '2026-11-25', flags: ['weight-loss'] }] };
    const after = assessTriage(intakeFor({ clearedBy: { by: 'gp', date: '2026-11-27' } }), events);
    // clinical-rules §5: a re-triage on new signs leads to routine-assessment at least.
    expect(after.planLevel).toBe('routine-assessment');
    expect(codes(after.reasons)).toContain('retriage.new-symptoms-cleared');
    expect(
      assessTriage(intakeFor({ clearedBy: { by: 'gp', date: '2026-11-24' } }), events).planLevel,
    ).toBeNull();
  });

  it('speaks the intake language', () => {
    const nl = assessTriage(intakeFor({ locale: 'nl', redFlags: ['major-trauma'] }));
    const en = assessTriage(intakeFor({ locale: 'en', redFlags: ['major-trauma'] }));
    expect(codes(nl.reasons)).toEqual(codes(en.reasons));
    expect(nl.reasons[1]?.message).toMatch(/Bel nu 112/);
    expect(en.reasons[1]?.message).toMatch(/Call 112/);
  });
});
