/**
 * Fuzzed requests (fast-check), made from the OpenAPI document's schemas plus the wrong types and the
 * values just outside them, for every route the router knows that takes a body, a path parameter or a
 * query: never a server error, never a stack trace, every refusal problem+json, every answer as the
 * document says (the test client checks that). A route planted to throw must make the same check fail.
 * CI replays a fixed seed; `PROPERTY_RUNS` sets how hard it tries (a third of it per route).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import {
  expectSafeAnswer,
  fuzzTargets,
  reachesServices,
  requestsFor,
  type ApiDocument,
  type FuzzRequest,
  type FuzzTarget,
} from './support/fuzz-requests.js';
import { createTestServer, TestClient, type TestServer } from './support/test-server.js';

const RUNS_PER_ROUTE = Math.max(25, Math.round(Number(process.env['PROPERTY_RUNS'] ?? 300) / 3));

/** What the fuzz suite must reach, at least: a route missing from this list means fuzzing lost it. */
const MUST_FUZZ = [
  'POST /accounts',
  'POST /session',
  'PUT /me/password',
  'PUT /me/intake',
  'POST /me/walks',
  'PATCH /me/walks/:id',
  'DELETE /me/walks/:id',
  'GET /me/export',
  'DELETE /me',
];

async function documentOf(server: TestServer): Promise<ApiDocument> {
  return (await server.client().get('/openapi.json')).body as ApiDocument;
}

/** A person with an intake and two walks, so ids in paths can hit real rows. */
async function signedIn(server: TestServer): Promise<{ client: TestClient; walkIds: string[] }> {
  const client = server.client();
  await client.signUp();
  await client.put('/me/intake', INTAKE);
  const walks = [walk({ painNextMorning: 2 }), walk({ kind: 'retro', minutes: 5 })];
  for (const logged of walks) await client.post('/me/walks', logged);
  return { client, walkIds: walks.map((logged) => String(logged.id)) };
}

function send(client: TestClient, request: FuzzRequest) {
  return client.request(request.method, request.path, {
    ...(request.body !== undefined && { body: request.body }),
    ...(request.rawBody !== undefined && { rawBody: request.rawBody }),
  });
}

/** Fuzzes one route; returns fast-check's verdict, and whether any request got past validation. */
async function fuzzRoute(
  server: TestServer,
  document: ApiDocument,
  target: FuzzTarget,
): Promise<{ details: fc.RunDetails<[FuzzRequest]>; reachedServices: boolean }> {
  // Sign-up and sign-in change who a client is: they get a client of their own each time.
  const anonymous = target.route === '/accounts' || target.route === '/session';
  const person = anonymous ? undefined : await signedIn(server);
  let reachedServices = false;
  const details = await fc.check(
    fc.asyncProperty(requestsFor(target, document, person?.walkIds), async (request) => {
      const response = await send(person?.client ?? server.client(), request);
      expectSafeAnswer(request, response);
      reachedServices ||= reachesServices(request);
    }),
    { numRuns: RUNS_PER_ROUTE },
  );
  return { details, reachedServices };
}

describeEachDatabase('fuzzed requests', (server) => {
  it('finds every route with a body, a path parameter or a query in the router and the document', async () => {
    const targets = fuzzTargets(server().app.routes, await documentOf(server()));
    const names = targets.map((target) => `${target.method} ${target.route}`);
    expect(names).toEqual(expect.arrayContaining(MUST_FUZZ));
    // Every one of them is documented, but the document itself: nothing else is missing from it.
    const undocumented = targets.filter((target) => !target.documented);
    expect(undocumented.map((target) => `${target.method} ${target.route}`)).toEqual(['GET /openapi.json']);
  });

  it('never answers a server error, and refuses only with problem+json, on any route', async () => {
    const document = await documentOf(server());
    const unreached: string[] = [];
    for (const target of fuzzTargets(server().app.routes, document)) {
      const { details, reachedServices } = await fuzzRoute(server(), document, target);
      expect(
        details.failed,
        `${target.method} ${target.route}\n${fc.defaultReportMessage(details) ?? ''}`,
      ).toBe(false);
      // Requests that all stop at validation would leave the services and the database untried.
      if (target.documented && !reachedServices) unreached.push(`${target.method} ${target.route}`);
    }
    expect(unreached, 'routes whose fuzzed requests never got past validation').toEqual([]);
    expect(server().errors).toEqual([]);
    // Every route is fuzzed in this one test, so its time grows with the API: well past the default.
  }, 240_000);
});

describeEachDatabase('the fuzz suite itself', (server) => {
  it('fails on a route planted to throw, one the document does not know', async () => {
    const planted = await createTestServer(server().dialect, {
      app: {
        testRoutes: (api) => {
          // A careless handler: it trusts the body's shape.
          api.post('/planted/:name', async (c) => {
            const body = await c.req.json<{ count: number }>();
            return c.json({ name: c.req.param('name'), count: body.count.toFixed(0) });
          });
        },
      },
    });
    try {
      const document = await documentOf(planted);
      const target = fuzzTargets(planted.app.routes, document).find(
        (found) => found.route === '/planted/:name',
      );
      expect(target).toMatchObject({ method: 'POST', documented: false, pathParameters: ['name'] });
      const { details } = await fuzzRoute(planted, document, target as FuzzTarget);
      expect(details.failed).toBe(true);
      expect(String(details.errorInstance)).toMatch(/→ 500/);
      expect(planted.errors.length).toBeGreaterThan(0);
    } finally {
      await planted.close();
    }
  });
});
