import { describe, expect, it } from 'vitest';
import { intakeFor } from '../test-support/intakes.js';
import { assessRiskProfile } from './risk-profile.js';

describe('assessRiskProfile', () => {
  it('has no profile when back pain is not a goal', () => {
    expect(assessRiskProfile(intakeFor({ goals: ['retro-walking'], backPain: undefined }))).toBeNull();
  });

  it('is low with at most one factor', () => {
    expect(assessRiskProfile(intakeFor({}))).toEqual({ profile: 1, count: 0 });
    expect(assessRiskProfile(intakeFor({ riskFactors: ['stress'] }))).toEqual({ profile: 1, count: 1 });
  });

  it('counts leg pain and high pain from the intake itself', () => {
    expect(
      assessRiskProfile(intakeFor({ painNow: 7, backPain: { type: 'nerve-pain', legPain: true } })),
    ).toEqual({ profile: 2, count: 2 });
    expect(assessRiskProfile(intakeFor({ painNow: 6 }))).toEqual({ profile: 1, count: 0 });
  });

  it('is medium with two to four factors', () => {
    expect(
      assessRiskProfile(intakeFor({ riskFactors: ['earlier-episodes', 'high-disability'] }))?.profile,
    ).toBe(2);
    expect(
      assessRiskProfile(
        intakeFor({ riskFactors: ['earlier-episodes', 'high-disability', 'stress', 'low-mood'] }),
      )?.profile,
    ).toBe(2);
  });

  it('is high with five factors, or three psychosocial ones', () => {
    expect(
      assessRiskProfile(
        intakeFor({
          painNow: 8,
          riskFactors: ['earlier-episodes', 'high-disability', 'poor-general-health', 'stress'],
        }),
      ),
    ).toEqual({ profile: 3, count: 5 });
    expect(
      assessRiskProfile(intakeFor({ riskFactors: ['fear-of-moving', 'catastrophising', 'passive-coping'] }))
        ?.profile,
    ).toBe(3);
  });
});
