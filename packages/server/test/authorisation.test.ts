/**
 * The authorisation matrix: every route the router knows (`app.routes`), each checked against the
 * OpenAPI document, called as nobody, with a made-up session, and as another signed-in person. A route
 * the document marks as needing a session answers 401 to the first two; one that takes a session if
 * there is one ("who am I") answers both that nobody is signed in; none lets the other person read or
 * change the first one's data, and a path naming the first one's walk, practice, member or link
 * answers 404. For the care team, every route that reaches a patient is also called by each role
 * that must not reach this one: a patient (403, the clinicians' gate), a clinician of another
 * practice (404), an admin who is no clinician and a clinician without the second factor (403, the
 * gate), and the linked practice's own clinician once the link is revoked or ended (404). None of
 * them sees the patient's email, id or name, and none changes anything.
 */
import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import type { ApiDocument } from './support/fuzz-requests.js';
import { CONSENT_VERSION } from '../src/services/consent.js';
import {
  adminOnlyMember,
  clinicianWithoutSecondFactor,
  invitePatient,
  linkPatient,
  practiceWithClinician,
  type Invite,
  type Practice,
} from './support/care-team.js';
import { codeNow, inviteAndJoin, practiceWithAdmin, setUpSecondFactor } from './support/practices.js';
import { PASSWORD, TestClient, type TestServer } from './support/test-server.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * From the document's `security`: none (public), a session or nothing (`[{ session }, {}]`: answers
 * about the session when there is one), or a session required.
 */
type Access = 'public' | 'session-if-any' | 'signed-in';

interface Route {
  method: Method;
  /** As the router has it, below `/api/v1`: `/me/walks/:id`. */
  path: string;
  access: Access;
}

function accessOf(security: readonly Record<string, unknown>[]): Access {
  if (security.length === 0) return 'public';
  return security.some((requirement) => Object.keys(requirement).length === 0)
    ? 'session-if-any'
    : 'signed-in';
}

/**
 * The owner of the data the matrix guards: a person with an intake and a walk, who is also the admin
 * of a practice with one other member (a clinician), and a patient linked with a second practice
 * (whose clinician carries out the clinician examples), with an open invite of a third. What some
 * examples need beyond that (being a clinician, a second factor) their `before` adds.
 */
interface Owner {
  client: TestClient;
  walkId: string;
  practiceId: string;
  /** The other member of the owner's practice. */
  memberId: string;
  member: TestClient;
  /** A practice the owner is a clinician of, once `before` made them one. */
  clinicianOf?: string;
  /** The owner's authenticator secret, once `before` set one up. */
  secret?: string;
  /** A clinician of the practice the owner is linked with as a patient. */
  clinician: TestClient;
  linkedPractice: Practice;
  linkId: string;
  /** An open invite of yet another practice, made out to the owner. */
  invite: Invite;
  /** A flag raised about the owner, once `before` raised one. */
  flagId?: string;
}

interface Example {
  body?: unknown;
  /** A body that depends on the owner or the moment (a code from the authenticator app). */
  bodyFor?: (owner: Owner, server: TestServer) => unknown;
  query?: string;
  /** Brings a fresh owner where the example needs them, before it is carried out for them. */
  before?: (owner: Owner, server: TestServer) => Promise<void>;
  /** Carried out by the clinician of the practice the owner is linked with, instead of the owner. */
  asClinician?: true;
}

/** The owner becomes a clinician of another practice (an admin is no clinician by being admin). */
async function asClinician(owner: Owner, server: TestServer): Promise<void> {
  const practice = await practiceWithAdmin(server, undefined, 'Praktijk van een ander');
  await inviteAndJoin(server, practice, { clinician: true, admin: false }, owner.client);
  owner.clinicianOf = practice.practiceId;
}

async function withSecondFactorStarted(owner: Owner, server: TestServer): Promise<void> {
  await asClinician(owner, server);
  const setup = await owner.client.post('/clinician/second-factor/setup');
  owner.secret = String(setup.body.secret);
}

async function withSecondFactor(owner: Owner, server: TestServer): Promise<void> {
  await asClinician(owner, server);
  owner.secret = (await setUpSecondFactor(server, owner.client)).secret;
  // The next code: the one that confirmed is used.
  server.clock.advanceSeconds(30);
}

const appCode = (owner: Owner, server: TestServer) => ({
  code: owner.secret === undefined ? '123456' : codeNow(server, owner.secret),
});

async function withAnotherAdmin(owner: Owner): Promise<void> {
  const made = await owner.client.patch(`/practices/${owner.practiceId}/members/${owner.memberId}`, {
    admin: true,
  });
  if (made.status !== 200)
    throw new Error(`making the other member admin answered ${made.status}: ${made.text}`);
}

/** The other member of the owner's practice, a clinician, sets up the authenticator app. */
async function memberWithSecondFactor(owner: Owner, server: TestServer): Promise<void> {
  await setUpSecondFactor(server, owner.member);
}

/** The owner logs a fall, which raises a flag for the linked practice's clinician to handle. */
async function withFlag(owner: Owner): Promise<void> {
  const fell = await owner.client.post('/me/walks', walk({ fall: true }));
  if (fell.status !== 201) throw new Error(`the fall answered ${fell.status}: ${fell.text}`);
  const flags = await owner.clinician.get(`/clinician/patients/${owner.client.account?.id ?? ''}/flags`);
  owner.flagId = String(flags.body.flags[0]?.id);
}

/**
 * A request each protected route would carry out for its owner; `:id` becomes the owner's walk,
 * `:practiceId` their practice, `:accountId` its other member, `:linkId` the owner's link with a
 * practice, `:patientId` the owner as that practice's patient and `:flagId` a flag raised about them. A route added to the router without
 * an entry here fails the first test below, so the matrix never misses one.
 */
const OUTCOME_ANSWER = {
  timepoint: 'start',
  nprs: 6,
  psfs: [
    { activity: 'Boodschappen doen', score: 4 },
    { activity: 'Tuinieren', score: 3 },
    { activity: 'Fietsen', score: 5 },
  ],
};

const EXAMPLES: Readonly<Record<string, Example>> = {
  'DELETE /session': {},
  'PUT /me/password': { body: { currentPassword: PASSWORD, newPassword: 'iets-heel-anders-en-lang' } },
  'PUT /me/intake': { body: INTAKE },
  'GET /me/intake': {},
  'GET /me/plan': {},
  'GET /me/today': {},
  'POST /me/walks': { body: walk() },
  'GET /me/walks': {},
  'PATCH /me/walks/:id': { body: { painNextMorning: 9 } },
  'DELETE /me/walks/:id': {},
  'GET /me/progress': {},
  'GET /me/export': { query: '?format=csv' },
  'PATCH /me': { body: { locale: 'en', timeZone: 'asia/calcutta' } },
  // The owner is their practice's only admin: another member becomes admin first, as settings asks.
  'DELETE /me': { body: { password: PASSWORD }, before: withAnotherAdmin },
  'GET /practices': {},
  'GET /practices/:practiceId/members': {},
  'POST /practices/:practiceId/invites': {
    body: { email: 'nieuwe.collega@example.nl', clinician: true, admin: false },
  },
  'DELETE /practices/:practiceId/members/:accountId': {},
  'PATCH /practices/:practiceId/members/:accountId': { body: { admin: true } },
  'DELETE /practices/:practiceId/members/:accountId/second-factor': { before: memberWithSecondFactor },
  'POST /clinician/second-factor/setup': { before: asClinician },
  'POST /clinician/second-factor/confirm': { before: withSecondFactorStarted, bodyFor: appCode },
  'POST /clinician/second-factor/verify': { before: withSecondFactor, bodyFor: appCode },
  'PUT /clinician/practice': {
    before: asClinician,
    bodyFor: (owner) => ({ practiceId: owner.clinicianOf ?? owner.practiceId }),
  },
  'POST /me/care-team/preview': { bodyFor: (owner) => owner.invite },
  'POST /me/care-team': { bodyFor: (owner) => ({ ...owner.invite, consentVersion: CONSENT_VERSION }) },
  'GET /me/care-team': {},
  'DELETE /me/care-team/:linkId': {},
  'POST /me/care-team/:linkId/consent': { body: { consentVersion: CONSENT_VERSION } },
  'GET /me/access-log': { query: '?limit=10' },
  'GET /me/outcome-measures': {},
  'POST /me/outcome-measures': { body: OUTCOME_ANSWER },
  'POST /me/outcome-measures/skip': { body: { timepoint: 'start' } },
  'GET /clinician/patients/:patientId/outcome-measures': { asClinician: true },
  'POST /clinician/patient-invites': {
    body: { patientName: 'Anna de Vries', birthYear: 1961 },
    asClinician: true,
  },
  'GET /clinician/patient-invites': { asClinician: true },
  'GET /clinician/patients': { asClinician: true },
  'GET /clinician/patients/:patientId/intake': { asClinician: true },
  'GET /clinician/patients/:patientId/plan': { asClinician: true },
  'GET /clinician/patients/:patientId/walks': { asClinician: true },
  'GET /clinician/patients/:patientId/progress': { asClinician: true },
  'DELETE /clinician/patients/:patientId': { asClinician: true },
  'GET /clinician/flags': { asClinician: true, query: '?state=new' },
  'GET /clinician/patients/:patientId/flags': { asClinician: true },
  'PATCH /clinician/patients/:patientId/flags/:flagId': {
    before: withFlag,
    body: { state: 'handled', note: 'Gebeld; het gaat weer.' },
    asClinician: true,
  },
  'GET /clinician/patients/:patientId/prescription': { asClinician: true },
  'POST /clinician/patients/:patientId/notes': {
    body: { text: 'Loopt goed; volgende week samen achteruit lopen op de band.' },
    asClinician: true,
  },
  'GET /clinician/patients/:patientId/notes': { asClinician: true },
  'GET /clinician/patients/:patientId/access-log': { asClinician: true, query: '?limit=10' },
  'POST /clinician/patients/:patientId/prescription/changes': {
    body: { date: '2026-11-20', reason: 'Knie reageert goed; rustiger opbouwen', weeklyStepMinutes: 1 },
    asClinician: true,
  },
  'POST /clinician/patients/:patientId/prescription/clearances': {
    body: { kind: 'gp', date: '2026-11-20', reason: 'Huisarts akkoord' },
    asClinician: true,
  },
  'POST /clinician/patients/:patientId/supervised-sessions': {
    body: {
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      date: '2026-11-20',
      kind: 'forward',
      minutes: 10,
      painDuring: 2,
      dizziness: false,
      fall: false,
      reason: 'Samen de eerste keer achteruit gelopen',
    },
    asClinician: true,
  },
};

/**
 * A request each public route would take from anyone, made about someone else's account where it
 * can be (its email address): such a route tells nothing of that account and changes nothing of it. A
 * public route added without an entry here fails the first test below.
 */
const PUBLIC_EXAMPLES: Readonly<Record<string, (ownerEmail: string) => { body: unknown }>> = {
  'POST /accounts': (email) => ({ body: { email, password: 'iemand anders probeert het' } }),
  'POST /session': (email) => ({ body: { email, password: 'iemand anders probeert het' } }),
  'POST /password-resets': (email) => ({ body: { email } }),
  'POST /password-resets/confirm': () => ({
    body: { token: 'x'.repeat(43), password: 'iemand anders probeert het', locale: 'en' },
  }),
  'POST /email-confirmations': () => ({ body: { token: 'x'.repeat(43) } }),
  'POST /practice-invites/accept': () => ({
    body: { token: 'x'.repeat(43), password: 'iemand anders probeert het', locale: 'en' },
  }),
};

/** Changes that end the caller's own session or account: their owner check runs on its own account. */
const ENDS_THE_CALLER = new Set(['DELETE /session', 'DELETE /me', 'PUT /me/password']);

const name = (route: Route) => `${route.method} ${route.path}`;

async function routesOf(server: TestServer): Promise<Route[]> {
  const document = (await server.client().get('/openapi.json')).body as ApiDocument & {
    paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>>;
  };
  const seen = new Map<string, Route>();
  for (const { method, path } of server.app.routes) {
    if (method === 'ALL' || !path.startsWith('/api/v1/')) continue;
    const route = path.slice('/api/v1'.length).replace(/\/$/, '') || '/';
    if (route === '/openapi.json') continue;
    const operation = document.paths[route.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
    // Every route the router answers is in the document: nothing escapes the matrix by being unlisted.
    expect(operation, `${method} ${route} is routed but not in the OpenAPI document`).toBeDefined();
    const access = accessOf(operation?.security ?? []);
    seen.set(`${method} ${route}`, { method: method as Method, path: route, access });
  }
  return [...seen.values()];
}

/** The name the owner's clinicians know the owner by. */
const OWNER_NAME = 'Wilhelmina Zonneveld';

/** A route's path with the owner's walk, practice, fellow member, link and patient id in it. */
function pathFor(route: Route, owner: Owner): string {
  const values: Readonly<Record<string, string>> = {
    id: owner.walkId,
    practiceId: owner.practiceId,
    accountId: owner.memberId,
    linkId: owner.linkId,
    patientId: owner.client.account?.id ?? '',
    // A flag that is not there: the path's patient is checked first, and answers 404 anyway.
    flagId: owner.flagId ?? '5f0c2b9e-8d1a-4e7b-9c3f-2a6d8e4b1c07',
  };
  return route.path.replace(/:(\w+)/g, (_, param: string) => values[param] ?? `:${param}`);
}

describeEachDatabase('authorisation', (server) => {
  async function owner(): Promise<Owner> {
    const client = server().client();
    await client.signUp();
    await client.put('/me/intake', INTAKE);
    const first = walk({ painNextMorning: 1 });
    await client.post('/me/walks', first);
    const practice = await practiceWithAdmin(server(), client);
    const member = await inviteAndJoin(server(), practice, { clinician: true, admin: false });
    const linkedPractice = await practiceWithClinician(server());
    const { clinician } = linkedPractice;
    const { linkId } = await linkPatient(clinician, client, OWNER_NAME);
    const other = await practiceWithClinician(server());
    const invite = await invitePatient(other.clinician, OWNER_NAME, 1961);
    return {
      client,
      walkId: String(first.id),
      practiceId: practice.practiceId,
      memberId: member.account?.id ?? '',
      member,
      clinician,
      linkedPractice,
      linkId,
      invite,
    };
  }

  /** Who carries out a route's example: its owner, or the owner's clinician. */
  function callerFor(route: Route, of: Owner): TestClient {
    return EXAMPLES[name(route)]?.asClinician === true ? of.clinician : of.client;
  }

  /** The route's example, as `client` would send it about `owner`'s data. */
  function call(client: TestClient, route: Route, of: Owner) {
    const example = EXAMPLES[name(route)] ?? {};
    const path = `${pathFor(route, of)}${example.query ?? ''}`;
    return client.request(route.method, path, { body: example.bodyFor?.(of, server()) ?? example.body });
  }

  async function snapshot(of: Owner) {
    const { client } = of;
    return {
      walks: (await client.get('/me/walks')).body,
      plan: (await client.get('/me/plan')).body,
      intake: (await client.get('/me/intake')).body,
      practices: (await client.get('/practices')).body,
      careTeam: (await client.get('/me/care-team')).body,
      members: (await client.get(`/practices/${of.practiceId}/members`)).body,
      session: await client.whoAmI(),
    };
  }

  it('knows every route of the router, and every one is documented, public or behind a session', async () => {
    const routes = await routesOf(server());
    const withAccess = (access: Access) =>
      routes
        .filter((route) => route.access === access)
        .map(name)
        .sort();
    expect(withAccess('signed-in')).toEqual(Object.keys(EXAMPLES).sort());
    expect(withAccess('public')).toEqual(Object.keys(PUBLIC_EXAMPLES).sort());
    expect(withAccess('session-if-any')).toEqual(['GET /session']);
  });

  it('carries out each example for its owner, so a refusal below is the refusal of a stranger', async () => {
    for (const route of await routesOf(server())) {
      if (route.access === 'public') continue;
      const first = await owner();
      const client = callerFor(route, first);
      await EXAMPLES[name(route)]?.before?.(first, server());
      const response = await call(client, route, first);
      expect(response.status, `${name(route)}: ${response.text.slice(0, 200)}`).toBeLessThan(300);
      if (route.access === 'session-if-any') expect(response.body.account.id).toBe(client.account?.id);
      if (!ENDS_THE_CALLER.has(name(route))) expect(await client.whoAmI()).toBe(client.account?.email);
    }
    // A fresh owner (five accounts, three practices) for each of some forty routes: about 7 s alone,
    // and it grows with every route, so it gets more than the default 30 s on a busy machine.
  }, 90_000);

  it('answers every route that needs a session with 401, without one or with a made-up one, and changes nothing', async () => {
    const first = await owner();
    const before = await snapshot(first);
    for (const route of await routesOf(server())) {
      if (route.access !== 'signed-in') continue;
      const nobody = await call(server().client(), route, first);
      expect(nobody.status, `${name(route)} as nobody`).toBe(401);
      expect(nobody.body.type).toBe('urn:wandelcoach:problem:not-signed-in');
      const forger = server().client();
      forger.cookie = 'wandelcoach_session=made-up-token';
      forger.csrfToken = 'made-up';
      expect((await call(forger, route, first)).status, `${name(route)} with a made-up session`).toBe(401);
    }
    expect(await snapshot(first)).toEqual(before);
  });

  it('answers a route that takes a session if any with "nobody", without one or with a made-up one', async () => {
    const first = await owner();
    for (const route of await routesOf(server())) {
      if (route.access !== 'session-if-any') continue;
      const nobody = await call(server().client(), route, first);
      expect(nobody.status, `${name(route)} as nobody`).toBe(200);
      expect(nobody.body, `${name(route)} as nobody`).toEqual({ account: null });
      const forger = server().client();
      forger.cookie = 'wandelcoach_session=made-up-token';
      forger.csrfToken = 'made-up';
      const forged = await call(forger, route, first);
      expect(forged.status, `${name(route)} with a made-up session`).toBe(200);
      expect(forged.body, `${name(route)} with a made-up session`).toEqual({ account: null });
    }
  });

  it('tells nothing of someone’s account on a public route about them, signed in or not, and changes nothing', async () => {
    const owned = await owner();
    const first = owned.client;
    const email = first.account?.email ?? '';
    const before = await snapshot(owned);
    for (const route of await routesOf(server())) {
      if (route.access !== 'public') continue;
      const example = PUBLIC_EXAMPLES[name(route)]?.(email);
      const second = server().client();
      await second.signUp();
      for (const caller of [server().client(), second]) {
        const response = await caller.request(route.method, route.path, { body: example?.body });
        expect(response.status, `${name(route)}: ${response.text.slice(0, 200)}`).toBeLessThan(500);
        expect(JSON.stringify(response.body ?? response.text), name(route)).not.toContain(first.account?.id);
      }
    }
    expect(await snapshot(owned)).toEqual(before);
  });

  it('never lets a second person read or change the first one’s data, on any route', async () => {
    const owned = await owner();
    const first = owned.client;
    const before = await snapshot(owned);
    const firstExport = (await first.get('/me/export')).body;
    for (const route of await routesOf(server())) {
      // A fresh second person for each route, since some routes end their session or account.
      const second = server().client();
      await second.signUp();
      const response = await call(second, route, owned);
      const seen = JSON.stringify(response.body ?? response.text);
      expect(seen, name(route)).not.toContain(first.account?.email);
      expect(seen, name(route)).not.toContain(first.account?.id);
      // A patient is no clinician: the routes behind the clinicians' gate refuse before anything is
      // read. Elsewhere a path naming the owner's walk, practice, fellow member or link: as if there
      // were none.
      if (route.path.startsWith('/clinician/patient')) expect(response.status, name(route)).toBe(403);
      else if (route.path.includes(':')) expect(response.status, name(route)).toBe(404);
    }
    expect(await snapshot(owned)).toEqual(before);
    const afterExport = (await first.get('/me/export')).body;
    expect(afterExport.walks).toEqual(firstExport.walks);
    expect(afterExport.intake).toEqual(firstExport.intake);
  });

  it('never lets a clinician of another practice reach the first one’s record, on any clinician route', async () => {
    const first = await owner();
    const before = await snapshot(first);
    for (const route of await routesOf(server())) {
      if (!route.path.startsWith('/clinician/')) continue;
      // A fresh practice for each route, since some routes end a link.
      const { clinician: stranger } = await practiceWithClinician(server());
      const response = await call(stranger, route, first);
      const seen = JSON.stringify(response.body ?? response.text);
      expect(seen, name(route)).not.toContain(first.client.account?.email);
      expect(seen, name(route)).not.toContain(first.client.account?.id);
      expect(seen, name(route)).not.toContain(OWNER_NAME);
      if (route.path.includes(':patientId')) expect(response.status, name(route)).toBe(404);
    }
    expect(await snapshot(first)).toEqual(before);
  });

  it('lets no one else of the linked practice in: an admin who is no clinician, a clinician without the second factor', async () => {
    const first = await owner();
    const before = await snapshot(first);
    const admin = await adminOnlyMember(server(), first.linkedPractice);
    const unproven = await clinicianWithoutSecondFactor(server(), first.linkedPractice);
    for (const route of await routesOf(server())) {
      if (!route.path.startsWith('/clinician/patient')) continue;
      for (const [who, caller, refusal] of [
        ['an admin', admin.clinician, 'not-a-clinician'],
        ['a clinician without the second factor', unproven.clinician, 'second-factor-required'],
      ] as const) {
        const response = await call(caller, route, first);
        const seen = JSON.stringify(response.body ?? response.text);
        expect(response.status, `${name(route)} as ${who}`).toBe(403);
        expect(response.body.type, `${name(route)} as ${who}`).toBe(`urn:wandelcoach:problem:${refusal}`);
        expect(seen, name(route)).not.toContain(first.client.account?.email);
        expect(seen, name(route)).not.toContain(OWNER_NAME);
      }
    }
    expect(await snapshot(first)).toEqual(before);
  });

  it('ends every clinician’s reach at once when the patient revokes, or the clinician ends the link', async () => {
    for (const ending of ['revoked by the patient', 'ended by the clinician'] as const) {
      const first = await owner();
      const ended =
        ending === 'revoked by the patient'
          ? await first.client.delete(`/me/care-team/${first.linkId}`)
          : await first.clinician.delete(`/clinician/patients/${first.client.account?.id ?? ''}`);
      expect(ended.status, ending).toBe(204);
      for (const route of await routesOf(server())) {
        if (!route.path.includes(':patientId')) continue;
        const response = await call(first.clinician, route, first);
        const seen = JSON.stringify(response.body ?? response.text);
        expect(response.status, `${name(route)} after the link was ${ending}`).toBe(404);
        expect(seen, name(route)).not.toContain(OWNER_NAME);
        expect(seen, name(route)).not.toContain(first.client.account?.email);
      }
      const listed = await first.clinician.get('/clinician/patients');
      expect(JSON.stringify(listed.body), ending).not.toContain(OWNER_NAME);
    }
  });

  it('never tells another person that a walk was deleted: 410 is for its owner, 404 for anyone else', async () => {
    const owned = await owner();
    const { client: first, walkId } = owned;
    expect((await first.delete(`/me/walks/${walkId}`)).status).toBe(204);
    const second = server().client();
    await second.signUp();
    for (const route of await routesOf(server())) {
      if (!route.path.includes(':id')) continue;
      expect((await call(first, route, owned)).status, `${name(route)} as the owner`).toBe(410);
      expect((await call(second, route, owned)).status, `${name(route)} as another person`).toBe(404);
    }
    // The owner's deleted walk's first upload, retried: gone for the owner, and for another person a
    // new walk of their own (tombstones are per person).
    const upload = walk({ id: walkId });
    expect((await first.post('/me/walks', upload)).status).toBe(410);
    expect((await second.post('/me/walks', upload)).status).toBe(201);
  });
});

/** Every protected route that changes something, for the CSRF checks below. */
function changingRoutes(walkId: string): { method: Method; path: string; body?: unknown }[] {
  return Object.entries(EXAMPLES)
    .filter(([route]) => !route.startsWith('GET '))
    .map(([route, example]) => {
      const [method = 'GET', path = '/'] = route.split(' ');
      // Another id than a walk's (a practice's, say): the token is checked before the path's ids.
      const ids = path.replace(':id', walkId).replace(/:\w+/g, () => crypto.randomUUID());
      return { method: method as Method, path: ids, body: example.body };
    });
}

describeEachDatabase('protection against cross-site request forgery', (server) => {
  async function signedIn(): Promise<{ client: TestClient; walkId: string }> {
    const client = server().client();
    await client.signUp();
    await client.put('/me/intake', INTAKE);
    const first = walk();
    await client.post('/me/walks', first);
    return { client, walkId: String(first.id) };
  }

  it('refuses every state-changing route without the CSRF token, or with a wrong one', async () => {
    const { client, walkId } = await signedIn();
    for (const route of changingRoutes(walkId)) {
      const missing = await client.request(route.method, route.path, { body: route.body, csrf: false });
      expect(missing.status, `${route.method} ${route.path}`).toBe(403);
      expect(missing.body.type).toBe('urn:wandelcoach:problem:csrf');
      const wrong = await client.request(route.method, route.path, {
        body: route.body,
        headers: { 'x-csrf-token': 'x'.repeat(43) },
      });
      expect(wrong.status, `${route.method} ${route.path}`).toBe(403);
    }
    expect(await client.whoAmI()).toBe(client.account?.email);
    expect((await client.get('/me/walks')).body.walks).toHaveLength(1);
  });

  it('refuses a request sent from another site’s page, even with the token', async () => {
    const { client } = await signedIn();
    const fromElsewhere = await client.request('POST', '/me/walks', {
      body: walk(),
      headers: { origin: 'https://evil.example' },
    });
    expect(fromElsewhere.status).toBe(403);
    const crossSite = await client.request('POST', '/me/walks', {
      body: walk(),
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    // A sibling subdomain is another site too.
    const sameSite = await client.request('POST', '/me/walks', {
      body: walk(),
      headers: { 'sec-fetch-site': 'same-site' },
    });
    expect(sameSite.status).toBe(403);
    const fromThisPage = await client.request('POST', '/me/walks', {
      body: walk(),
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(fromThisPage.status).toBe(201);
    const sameOrigin = await client.request('POST', '/me/walks', {
      body: walk(),
      headers: { origin: 'http://localhost' },
    });
    expect(sameOrigin.status).toBe(201);
  });

  it('refuses a form post, which any site could make a browser send', async () => {
    const client = server().client();
    const response = await client.request('POST', '/session', {
      rawBody: 'email=a%40b.nl&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(415);
    const signUp = await client.request('POST', '/accounts', {
      rawBody: '{"email":"a@b.nl","password":"lang-genoeg-wachtwoord"}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(signUp.status).toBe(415);
  });
});
