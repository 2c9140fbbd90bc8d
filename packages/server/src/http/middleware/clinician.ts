/**
 * The gate of every `/clinician` route that touches patients (docs/care-team.md): a clinician of the
 * practice the session acts for, with the second factor proven in this session. Runs after
 * `requireSession`. What a patient's record holds is decided further on, per patient (the care-link
 * policy), where another practice's patient answers 404.
 */
import type { MiddlewareHandler } from 'hono';
import { isClinicianAnywhere, isClinicianOf } from '../../repositories/practices.repository.js';
import type { AppEnv } from '../env.js';
import { problem } from '../problem.js';

export const requireClinician: MiddlewareHandler<AppEnv> = async (c, next) => {
  const db = c.get('services').db.kysely;
  const account = c.get('account');
  const standing = c.get('standing');
  const practiceId = standing.actingPracticeId;
  if (practiceId === null || !(await isClinicianOf(db, account.id, practiceId))) {
    if (!(await isClinicianAnywhere(db, account.id))) {
      return problem(c, 'not-a-clinician', 'Only clinicians of a practice can do this.');
    }
    if (!standing.secondFactorProven) {
      return problem(c, 'second-factor-required', 'Give the code from your authenticator app first.');
    }
    return problem(
      c,
      'not-a-clinician',
      'Choose the practice you work for first (PUT /api/v1/clinician/practice).',
    );
  }
  if (!standing.secondFactorProven) {
    return problem(c, 'second-factor-required', 'Give the code from your authenticator app first.');
  }
  c.set('clinician', { accountId: account.id, practiceId });
  await next();
  return undefined;
};
