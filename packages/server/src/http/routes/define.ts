/**
 * Small helpers for route definitions: each route is declared with `createRoute` (its request schemas
 * validate, and they and the answer schemas make the OpenAPI document), so the document cannot drift
 * from what the server does.
 */
import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import type { z } from 'zod';
import { invalidInput } from '../../services/errors.js';
import { zodProblems } from '../body.js';
import type { AppEnv } from '../env.js';
import { PROBLEM_STATUS } from '../problem.js';
import { problemAnswer } from '../responses.js';

/** A request part that breaks its schema is a 422 naming every field, as everywhere else. */
const failOnInvalid: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (!result.success) throw invalidInput(zodProblems(result.error));
};

/** A router whose routes validate with their own schemas and answer problems the one way. */
export function router(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: failOnInvalid });
}

export function jsonBody<S extends z.ZodType>(schema: S, description?: string) {
  return {
    required: true,
    ...(description !== undefined && { description }),
    content: { 'application/json': { schema } },
  } as const;
}

export function json<S extends z.ZodType>(description: string, schema: S) {
  return { description, content: { 'application/json': { schema } } } as const;
}

const PROBLEM_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'The body is not JSON',
  401: 'Not signed in',
  403: 'Refused: another site, or a missing CSRF token',
  404: 'Not found',
  409: 'Conflicts with what is stored',
  410: 'Deleted before',
  413: 'The body is too large',
  415: 'The body is not JSON',
  421: 'Not this server’s host',
  422: 'A field is wrong: `errors` names each',
  429: 'Too many attempts: wait for Retry-After',
  500: 'Something went wrong on the server',
};

/**
 * The problem answers a route can give, each as RFC 9457 problem details; every route can also answer
 * 421 (not this server's name) and 500.
 */
export function problems(...statuses: number[]) {
  const known = new Set(Object.values(PROBLEM_STATUS));
  return Object.fromEntries(
    [...statuses, 421, 500].map((status) => {
      if (!known.has(status as never)) {
        throw new Error(`No problem kind answers ${status}`);
      }
      return [
        status,
        {
          description: PROBLEM_DESCRIPTIONS[status] ?? 'A problem',
          content: { 'application/problem+json': { schema: problemAnswer } },
        },
      ];
    }),
  );
}

/** Routes of a signed-in person: the session cookie, and for changes the CSRF header. */
export const SIGNED_IN = [{ session: [], csrf: [] }];

/** Routes for anyone that answer about the session when there is one (OpenAPI: `{}` = none needed). */
export const SESSION_IF_ANY = [{ session: [] }, {}];
