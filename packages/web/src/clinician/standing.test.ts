import { describe, expect, it } from 'vitest';
import { CLINICIAN_PATHS } from './paths.js';
import { clinicianStart, mayShow, maySwitchPractice, signedInName, type Standing } from './standing.js';

const clinician = (actingPracticeId: string | null, admin = false) => ({
  clinician: true,
  admin,
  actingPracticeId,
  displayName: 'Sanne Jansen',
});

describe('where a practice member starts', () => {
  it('sets up the second factor first, then asks for the code', () => {
    expect(clinicianStart({ secondFactor: 'setup-needed', membership: clinician(null) })).toBe(
      CLINICIAN_PATHS.setUp,
    );
    expect(clinicianStart({ secondFactor: 'required', membership: clinician(null, true) })).toBe(
      CLINICIAN_PATHS.code,
    );
  });

  it('asks for the practice when the proven session acts for none, else shows the patients', () => {
    expect(clinicianStart({ membership: clinician(null) })).toBe(CLINICIAN_PATHS.choosePractice);
    expect(clinicianStart({ membership: clinician('p1') })).toBe(CLINICIAN_PATHS.patients);
  });

  it('sends an admin only to the practice, and anyone else to the patient’s start', () => {
    expect(
      clinicianStart({
        membership: { clinician: false, admin: true, actingPracticeId: null, displayName: null },
      }),
    ).toBe(CLINICIAN_PATHS.practice);
    expect(clinicianStart({})).toBe('/');
  });
});

describe('what a screen may show', () => {
  const proven: Standing = { membership: clinician('p1', true) };
  const unproven: Standing = { secondFactor: 'required', membership: clinician(null, true) };
  const adminOnly: Standing = {
    membership: { clinician: false, admin: true, actingPracticeId: null, displayName: null },
  };

  it('shows patients’ screens only to a proven clinician acting for a practice', () => {
    expect(mayShow(proven, 'acting-clinician')).toBe(true);
    expect(mayShow(unproven, 'acting-clinician')).toBe(false);
    expect(mayShow(adminOnly, 'acting-clinician')).toBe(false);
    expect(mayShow({ membership: clinician(null) }, 'acting-clinician')).toBe(false);
  });

  it('shows the practice to admins, a clinician-admin once proven', () => {
    expect(mayShow(adminOnly, 'admin')).toBe(true);
    expect(mayShow(proven, 'admin')).toBe(true);
    expect(mayShow(unproven, 'admin')).toBe(false);
    expect(mayShow({ membership: clinician('p1') }, 'admin')).toBe(false);
  });

  it('walks clinicians, not admins only, through the second factor', () => {
    expect(mayShow(unproven, 'second-factor-step')).toBe(true);
    expect(mayShow(adminOnly, 'second-factor-step')).toBe(false);
    expect(mayShow({}, 'second-factor-step')).toBe(false);
  });
});

describe('the clinicians’ header', () => {
  const account = { email: 'sanne@praktijk.nl' };

  it('names the member by the name they gave when they joined, else by their email', () => {
    const member = { clinician: true, admin: false, actingPracticeId: null };
    expect(signedInName({ account, membership: { ...member, displayName: 'Sanne Jansen' } })).toBe(
      'Sanne Jansen',
    );
    expect(signedInName({ account, membership: { ...member, displayName: null } })).toBe(account.email);
    expect(signedInName({ account, membership: { ...member, displayName: '  ' } })).toBe(account.email);
    expect(signedInName({ account })).toBe(account.email);
  });

  it('offers to switch practice only to a clinician of more than one', () => {
    expect(maySwitchPractice([{ clinician: true }])).toBe(false);
    expect(maySwitchPractice([{ clinician: true }, { clinician: false }])).toBe(false);
    expect(maySwitchPractice([{ clinician: true }, { clinician: true }])).toBe(true);
  });
});
