/**
 * The OpenAPI document is generated from the routes (issue: it must not drift): every route the router
 * knows is in it and nothing else, with its answers; every answer the suites see is held to it by
 * `support/openapi-conformance.ts`.
 */
import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/each-database.js';
import { documentedRoutes } from './support/openapi-conformance.js';

describeEachDatabase('the OpenAPI document', (server) => {
  it('lists exactly the routes the router answers, each with its answers and problems', async () => {
    const response = await server().client().get('/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown }>>;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    };
    expect(document.openapi).toBe('3.1.0');
    const inDocument = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\/$/, '') || '/'}`),
    );
    const routed = server()
      .app.routes.filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/v1/'))
      .map(
        (route) =>
          `${route.method} ${route.path
            .slice('/api/v1'.length)
            .replace(/:(\w+)/g, '{$1}')
            .replace(/\/$/, '')}`,
      )
      .filter((route) => route !== 'GET /openapi.json');
    expect([...new Set(routed)].sort()).toEqual([...new Set(inDocument)].sort());
    expect([...new Set(documentedRoutes())].sort()).toEqual([...new Set(inDocument)].sort());
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        expect(Object.keys(operation.responses), `${method} ${path}`).toContain('500');
        // Public: signing up and in, and what a mailed link leads to (the link is the proof).
        const open =
          [
            '/accounts',
            '/password-resets',
            '/password-resets/confirm',
            '/email-confirmations',
            '/practice-invites/accept',
          ].includes(path) ||
          (path === '/session' && method === 'post');
        expect(operation.security === undefined, `${method} ${path}`).toBe(open);
      }
    }
    for (const name of [
      'PlanOutput',
      'Walk',
      'Today',
      'Progress',
      'Export',
      'Problem',
      'Intake',
      'Session',
    ]) {
      expect(Object.keys(document.components.schemas)).toContain(name);
    }
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['csrf', 'session']);
  });
});
