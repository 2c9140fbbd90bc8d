/**
 * For every route: without a session nothing is read or changed, and a second account can neither
 * read nor change the first one's data.
 */
import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import { PASSWORD, TestClient } from './support/test-server.js';

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
}

function ownRoutes(walkId: string): Route[] {
  return [
    { method: 'GET', path: '/session' },
    { method: 'DELETE', path: '/session' },
    {
      method: 'PUT',
      path: '/me/password',
      body: { currentPassword: PASSWORD, newPassword: 'iets-heel-anders' },
    },
    { method: 'PUT', path: '/me/intake', body: INTAKE },
    { method: 'GET', path: '/me/intake' },
    { method: 'GET', path: '/me/plan' },
    { method: 'GET', path: '/me/today' },
    { method: 'POST', path: '/me/walks', body: walk() },
    { method: 'GET', path: '/me/walks' },
    { method: 'PATCH', path: `/me/walks/${walkId}`, body: { painNextMorning: 9 } },
    { method: 'DELETE', path: `/me/walks/${walkId}` },
    { method: 'GET', path: '/me/progress' },
    { method: 'GET', path: '/me/export' },
    { method: 'GET', path: '/me/export?format=csv' },
    { method: 'DELETE', path: '/me', body: { password: PASSWORD } },
  ];
}

describeEachDatabase('authorisation', (server) => {
  async function owner(): Promise<{ client: TestClient; walkId: string }> {
    const client = server().client();
    await client.signUp();
    await client.put('/me/intake', INTAKE);
    const first = walk({ painNextMorning: 1 });
    await client.post('/me/walks', first);
    return { client, walkId: String(first.id) };
  }

  async function snapshot(client: TestClient) {
    return {
      walks: (await client.get('/me/walks')).body,
      plan: (await client.get('/me/plan')).body,
      session: (await client.get('/session')).status,
    };
  }

  it('answers every route with 401 without a session, and changes nothing', async () => {
    const { client, walkId } = await owner();
    const before = await snapshot(client);
    for (const route of ownRoutes(walkId)) {
      const anonymous = server().client();
      const response = await anonymous.request(route.method, route.path, { body: route.body });
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect(response.body.type).toBe('urn:wandelcoach:problem:not-signed-in');
    }
    expect(await snapshot(client)).toEqual(before);
  });

  it('answers every route with 401 for a made-up or stale session cookie', async () => {
    const { walkId } = await owner();
    for (const route of ownRoutes(walkId)) {
      const forger = server().client();
      forger.cookie = 'wandelcoach_session=made-up-token';
      forger.csrfToken = 'made-up';
      const response = await forger.request(route.method, route.path, { body: route.body });
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
    }
  });

  it('never lets a second account read or change the first one’s data', async () => {
    const { client: first, walkId } = await owner();
    const before = await snapshot(first);
    const firstExport = (await first.get('/me/export')).body;

    for (const route of ownRoutes(walkId)) {
      // A fresh second person for each route, since some routes end their session.
      const second = server().client();
      await second.signUp();
      const response = await second.request(route.method, route.path, { body: route.body });
      // Whatever the second person sees or does is about their own record, never the first one's.
      expect(JSON.stringify(response.body ?? response.text), `${route.method} ${route.path}`).not.toContain(
        first.account?.email,
      );
      expect(JSON.stringify(response.body ?? response.text)).not.toContain(first.account?.id);
      if (route.path.startsWith('/me/walks/'))
        expect(response.status, `${route.method} ${route.path}`).toBe(404);
    }

    const after = await snapshot(first);
    expect(after).toEqual(before);
    const afterExport = (await first.get('/me/export')).body;
    expect(afterExport.walks).toEqual(firstExport.walks);
    expect(afterExport.intake).toEqual(firstExport.intake);
  });
});

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
    for (const route of ownRoutes(walkId).filter((r) => r.method !== 'GET')) {
      const missing = await client.request(route.method, route.path, { body: route.body, csrf: false });
      expect(missing.status, `${route.method} ${route.path}`).toBe(403);
      expect(missing.body.type).toBe('urn:wandelcoach:problem:csrf');
      const wrong = await client.request(route.method, route.path, {
        body: route.body,
        headers: { 'x-csrf-token': 'x'.repeat(43) },
      });
      expect(wrong.status, `${route.method} ${route.path}`).toBe(403);
    }
    expect((await client.get('/session')).status).toBe(200);
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
