/**
 * The OpenAPI 3.1 document, generated from the routes' own definitions (`createRoute`): the request
 * schemas that validate and the answer schemas in `responses.ts`. Nothing in it is written by hand but
 * the title and the two security schemes.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.js';

export function openApiDocument(api: OpenAPIHono<AppEnv>): Record<string, unknown> {
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'wandelcoach_session',
    description: 'The session cookie (named `__Host-wandelcoach_session` behind HTTPS)',
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'csrf', {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: 'The token from the sign-up, sign-in or GET /session answer; needed for every change',
  });
  return api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Wandelcoach API',
      version: '1',
      description:
        'Accounts, walks and plans. Errors are RFC 9457 problem details. State-changing requests need JSON bodies, the session cookie and the X-CSRF-Token header.',
    },
    servers: [{ url: '/api/v1' }],
  }) as unknown as Record<string, unknown>;
}
