/**
 * What can go wrong in a service, in words the HTTP layer turns into problem details
 * (RFC 9457). Services know nothing of status codes; the mapping lives in `http/problem.ts`.
 */
import type { Weakness } from '../auth/password-strength.js';
import type { FieldProblem } from '@wandelcoach/engine';

export type ProblemKind =
  | 'invalid-input'
  | 'not-signed-in'
  | 'forbidden'
  | 'not-found'
  | 'gone'
  | 'conflict'
  | 'rate-limited'
  | 'email-not-confirmed'
  | 'second-factor-required'
  | 'not-a-clinician'
  | 'consent-needed'
  | 'no-intake'
  | 'last-admin'
  | 'own-second-factor';

/** A practice a problem is about, named so the app can say which in the person's own words. */
export interface ProblemPractice {
  practiceId: string;
  name: string;
}

/** What a problem carries besides its detail; each part only where its kind needs it. */
export interface ProblemExtra {
  errors?: readonly FieldError[];
  retryAfterSeconds?: number;
  /** `last-admin`: the practices the account is the only admin of. */
  practices?: readonly ProblemPractice[];
}

/** A field's problem; `code` and `reason` let the app say it in the person's own language. */
export interface FieldError extends FieldProblem {
  code?: 'weak-password' | 'invalid-link';
  reason?: Weakness;
}

export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly kind: ProblemKind,
    message: string,
    readonly extra: ProblemExtra = {},
  ) {
    super(message);
  }
}

export function invalidInput(errors: readonly FieldError[]): ServiceError {
  return new ServiceError('invalid-input', 'Some fields are not valid; see `errors`.', { errors });
}

/** True when a database refused a row because a unique key is already taken. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  // PostgreSQL's unique_violation, and better-sqlite3's codes for a unique or primary key.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
