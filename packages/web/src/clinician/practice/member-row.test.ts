import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import type { Member } from '../api.js';
import { clinicianTranslator } from '../i18n/index.js';
import { mayResetSecondFactor, memberProblem } from './member-row.js';

const t = clinicianTranslator('en');
const member: Member = {
  accountId: '3b0e7c7a-55d4-4b8e-9f61-0c2a9d4e8b13',
  displayName: 'Anna de Vries',
  email: 'anna@example.nl',
  admin: false,
  clinician: true,
  since: '2026-11-18T09:05:00.000Z',
  secondFactor: true,
};
const conflict = new ApiError(
  409,
  {
    type: 'urn:wandelcoach:problem:conflict',
    title: 'Conflict',
    status: 409,
    detail: 'no',
    requestId: 'r1',
  },
  undefined,
);

describe('resetting a member’s sign-in code', () => {
  it('is offered for a clinician who set up the app, never for oneself or someone without it', () => {
    expect(mayResetSecondFactor(member, false)).toBe(true);
    expect(mayResetSecondFactor(member, true)).toBe(false);
    expect(mayResetSecondFactor({ ...member, secondFactor: false }, false)).toBe(false);
    expect(mayResetSecondFactor({ ...member, clinician: false }, false)).toBe(false);
  });

  it('says a refused reset is about the app, and a refused removal about the last admin', () => {
    expect(memberProblem(conflict, t, 'reset')).toBe(t('practice.resetNothing'));
    expect(memberProblem(conflict, t, 'remove')).toBe(t('practice.lastAdmin'));
    expect(memberProblem(conflict, t)).toBe(t('practice.lastAdmin'));
  });
});
