/**
 * The OpenAPI 3.1 document, built from the same zod schemas that check the requests, so it cannot
 * drift from what the server accepts.
 */
import { intakeSchema } from '@wandelcoach/engine';
import { z } from 'zod';
import { PROBLEM_STATUS } from './problem.js';
import {
  changePasswordBody,
  deleteAccountBody,
  newWalkBody,
  signInBody,
  signUpBody,
  walkChangesBody,
} from './schemas.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const problemRef = { content: { 'application/problem+json': { schema: ref('Problem') } } };

interface Operation {
  summary: string;
  auth?: boolean;
  body?: string;
  ok: [number, string, unknown?];
  errors: number[];
  parameters?: unknown[];
}

function operation(op: Operation) {
  const responses: Record<string, unknown> = {
    [String(op.ok[0])]: { description: op.ok[1], ...(op.ok[2] !== undefined && json(op.ok[2])) },
  };
  for (const status of op.errors) responses[String(status)] = { description: 'A problem', ...problemRef };
  return {
    summary: op.summary,
    ...(op.auth !== false && { security: [{ session: [], csrf: [] }] }),
    ...(op.parameters && { parameters: op.parameters }),
    ...(op.body !== undefined && { requestBody: { required: true, ...json(ref(op.body)) } }),
    responses,
  };
}

const walkIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'uuid' },
};
const planOutput = { type: 'object', description: 'The plan contract’s output: triage, plan, decisions.' };

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wandelcoach API',
      version: '1',
      description:
        'Accounts, walks and plans. Errors are RFC 9457 problem details. State-changing requests need JSON bodies, the session cookie and the X-CSRF-Token header from GET /session.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'wandelcoach_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      },
      schemas: {
        SignUp: schemaOf(signUpBody),
        SignIn: schemaOf(signInBody),
        ChangePassword: schemaOf(changePasswordBody),
        DeleteAccount: schemaOf(deleteAccountBody),
        Intake: schemaOf(intakeSchema),
        NewWalk: schemaOf(newWalkBody),
        WalkChanges: schemaOf(walkChangesBody),
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: {
              type: 'string',
              enum: Object.keys(PROBLEM_STATUS).map((t) => `urn:wandelcoach:problem:${t}`),
            },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: { path: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
      },
    },
    paths: {
      '/accounts': {
        post: operation({
          summary: 'Sign up (and sign in)',
          auth: false,
          body: 'SignUp',
          ok: [201, 'Signed up'],
          errors: [400, 409, 413, 415, 422, 429],
        }),
      },
      '/session': {
        post: operation({
          summary: 'Sign in',
          auth: false,
          body: 'SignIn',
          ok: [200, 'Signed in'],
          errors: [400, 401, 415, 422, 429],
        }),
        get: operation({
          summary: 'Who is signed in, and the CSRF token',
          ok: [200, 'The session'],
          errors: [401],
        }),
        delete: operation({ summary: 'Sign out', ok: [204, 'Signed out'], errors: [401, 403] }),
      },
      '/me/password': {
        put: operation({
          summary: 'Change the password',
          body: 'ChangePassword',
          ok: [204, 'Changed'],
          errors: [400, 401, 403, 422],
        }),
      },
      '/me/intake': {
        get: operation({
          summary: 'The stored intake, as sent',
          ok: [200, 'The intake'],
          errors: [401, 404],
        }),
        put: operation({
          summary: 'Store the intake; returns the plan',
          body: 'Intake',
          ok: [200, 'The plan', planOutput],
          errors: [400, 401, 403, 413, 422],
        }),
      },
      '/me/plan': {
        get: operation({
          summary: 'The plan for today',
          ok: [200, 'The plan', planOutput],
          errors: [401, 404],
        }),
      },
      '/me/today': {
        get: operation({ summary: 'Today’s walks with their cues', ok: [200, 'Today'], errors: [401, 404] }),
      },
      '/me/walks': {
        post: operation({
          summary: 'Log a walk (a retry with the same id is answered 200)',
          body: 'NewWalk',
          ok: [201, 'Stored'],
          errors: [400, 401, 403, 409, 413, 422],
        }),
        get: operation({ summary: 'All logged walks', ok: [200, 'The walks'], errors: [401] }),
      },
      '/me/walks/{id}': {
        patch: operation({
          summary: 'Change a walk, e.g. add next-morning pain',
          body: 'WalkChanges',
          parameters: [walkIdParameter],
          ok: [200, 'Changed'],
          errors: [400, 401, 403, 404, 422],
        }),
        delete: operation({
          summary: 'Delete a walk',
          parameters: [walkIdParameter],
          ok: [204, 'Deleted'],
          errors: [401, 403, 404],
        }),
      },
      '/me/progress': {
        get: operation({
          summary: 'Minutes per week, pain over time, decisions',
          ok: [200, 'Progress'],
          errors: [401, 404],
        }),
      },
      '/me/export': {
        get: operation({
          summary: 'All my data (JSON), or my walks as CSV',
          parameters: [{ name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv'] } }],
          ok: [200, 'The export'],
          errors: [401, 422],
        }),
      },
      '/me': {
        delete: operation({
          summary: 'Delete my account and everything about me',
          body: 'DeleteAccount',
          ok: [204, 'Deleted'],
          errors: [400, 401, 403, 422],
        }),
      },
    },
  };
}
