/**
 * Errors as RFC 9457 problem details: a stable `type`, a short `title`, the `status`, a `detail`
 * a person can act on, and for invalid input an `errors` list naming each field. Never a stack
 * trace or SQL.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError, ProblemExtra, ProblemKind, ProblemPractice } from '../services/errors.js';
import type { AppEnv } from './env.js';

export type ProblemType =
  | ProblemKind
  | 'malformed-json'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'csrf'
  | 'route-not-found'
  | 'incomplete-body'
  | 'wrong-host'
  | 'server-error';

export const PROBLEM_STATUS: Readonly<Record<ProblemType, ContentfulStatusCode>> = {
  'malformed-json': 400,
  'incomplete-body': 400,
  'not-signed-in': 401,
  forbidden: 403,
  csrf: 403,
  'email-not-confirmed': 403,
  'second-factor-required': 403,
  'not-a-clinician': 403,
  'consent-needed': 403,
  'not-found': 404,
  'route-not-found': 404,
  'no-intake': 404,
  conflict: 409,
  'last-admin': 409,
  'own-second-factor': 409,
  gone: 410,
  'body-too-large': 413,
  'wrong-host': 421,
  'unsupported-media-type': 415,
  'invalid-input': 422,
  'rate-limited': 429,
  'server-error': 500,
};

const TITLES: Readonly<Record<ProblemType, string>> = {
  'malformed-json': 'The request body is not valid JSON',
  'incomplete-body': 'The request body did not arrive in full',
  'wrong-host': 'Not this server',
  'not-signed-in': 'Not signed in',
  forbidden: 'Not allowed',
  csrf: 'Missing or wrong CSRF token',
  'email-not-confirmed': 'Email address not confirmed yet',
  'second-factor-required': 'Second factor needed',
  'not-a-clinician': 'Only for clinicians of a practice',
  'consent-needed': 'The patient has to agree first',
  'not-found': 'Not found',
  'route-not-found': 'No such endpoint',
  'no-intake': 'No intake yet',
  conflict: 'Conflict',
  'last-admin': 'The practice’s only admin',
  'own-second-factor': 'Not your own second factor',
  gone: 'Deleted',
  'body-too-large': 'The request body is too large',
  'unsupported-media-type': 'Send JSON',
  'invalid-input': 'Invalid input',
  'rate-limited': 'Too many attempts',
  'server-error': 'Something went wrong on our side',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: readonly FieldError[];
  practices?: readonly ProblemPractice[];
  /** The request's id, as in the server's log line for it. */
  requestId?: string;
}

export function problemType(type: ProblemType): string {
  return `urn:wandelcoach:problem:${type}`;
}

export function problemBody(
  type: ProblemType,
  detail: string,
  extra: Pick<ProblemExtra, 'errors' | 'practices'> = {},
  requestId?: string,
): Problem {
  return {
    type: problemType(type),
    title: TITLES[type],
    status: PROBLEM_STATUS[type],
    detail,
    ...(extra.errors !== undefined && { errors: extra.errors }),
    ...(extra.practices !== undefined && { practices: extra.practices }),
    ...(requestId !== undefined && { requestId }),
  };
}

export function problem(
  c: Context<AppEnv>,
  type: ProblemType,
  detail: string,
  extra: ProblemExtra = {},
): Response {
  const body = problemBody(type, detail, extra, c.get('requestId'));
  // A problem is about one request at one moment: never kept by any cache.
  const headers: Record<string, string> = {
    'Content-Type': 'application/problem+json',
    'Cache-Control': 'no-store',
  };
  if (extra.retryAfterSeconds !== undefined) headers['Retry-After'] = String(extra.retryAfterSeconds);
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, headers);
}
