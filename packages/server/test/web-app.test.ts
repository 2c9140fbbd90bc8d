import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.js';
import { inlineHashes } from '../src/http/web-app.js';
import { createTestServer, type TestServer } from './support/test-server.js';

describe('the web app’s files at /', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'wandelcoach-web-'));
  let server: TestServer;
  let app: ReturnType<typeof createApp>;
  const script = 'console.log("Wandelcoach");\n'.repeat(40);

  beforeAll(async () => {
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(
      path.join(root, 'index.html'),
      '<!doctype html><title>Wandelcoach</title><div id="root"></div>',
    );
    writeFileSync(path.join(root, 'assets', 'index-abc123.js'), script);
    writeFileSync(path.join(root, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(path.join(root, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    writeFileSync(path.join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    server = await createTestServer('sqlite');
    app = createApp(server.context, { webRoot: root });
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the page, under the same strict headers as the API', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Wandelcoach</title>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('caches hashed assets for a year, and checks the service worker every time', async () => {
    const asset = await app.request('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const worker = await app.request('/sw.js');
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  it('lets the browser keep the icon a day, since it fetches it past the service worker (offline too)', async () => {
    const icon = await app.request('/icon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('public, max-age=86400');
  });

  it('sends the build’s compressed twin to a browser that accepts it, and the plain file otherwise', async () => {
    const compressed = await app.request('/assets/index-abc123.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('vary')).toContain('Accept-Encoding');
    expect(compressed.headers.get('content-type')).toContain('javascript');
    const body = Buffer.from(await compressed.arrayBuffer());
    expect(body.length).toBeLessThan(script.length);
    expect(brotliDecompressSync(body).toString()).toBe(script);

    const plain = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('answers a screen’s address with the app’s page, and a missing file with 404', async () => {
    const screen = await app.request('/today');
    expect(screen.status).toBe(200);
    expect(await screen.text()).toContain('<title>Wandelcoach</title>');
    expect((await app.request('/missing.js')).status).toBe(404);
  });

  it('gives someone without a session the page with the welcome already in it, and the plain page otherwise', async () => {
    const welcome = '<!doctype html><title>Wandelcoach</title><div id="root"><h1>Welkom</h1></div>';
    writeFileSync(path.join(root, 'welcome.html'), welcome);
    try {
      const anonymous = await app.request('/');
      expect(anonymous.status).toBe(200);
      expect(await anonymous.text()).toBe(welcome);
      expect(anonymous.headers.get('vary')).toContain('Cookie');
      expect(anonymous.headers.get('cache-control')).toBe('no-cache');
      for (const address of ['/', '/today']) {
        const signedIn = await app.request(address, { headers: { Cookie: 'wandelcoach_session=abc' } });
        expect(signedIn.status).toBe(200);
        expect(await signedIn.text()).toContain('<div id="root"></div>');
        expect(signedIn.headers.get('vary')).toContain('Cookie');
      }
      // Every other screen's address gets the app itself, which finds out who is there and where to go.
      for (const address of ['/today', '/plan', '/intake/safety', '/walk/0', '/sign-in']) {
        const bookmark = await app.request(address);
        expect(bookmark.status).toBe(200);
        expect(await bookmark.text()).toContain('<div id="root"></div>');
      }
      // Files and the API are the same for everyone.
      expect(await (await app.request('/assets/index-abc123.js')).text()).toBe(script);
      expect((await app.request('/api/v1/me/today')).status).toBe(401);
    } finally {
      rmSync(path.join(root, 'welcome.html'));
    }
    expect(await (await app.request('/')).text()).toContain('<div id="root"></div>');
  });

  it('sends the welcome in the browser’s language, Dutch unless English comes first of the two', async () => {
    writeFileSync(path.join(root, 'welcome.html'), '<html lang="nl"><h1>Welkom</h1>');
    writeFileSync(path.join(root, 'welcome.en.html'), '<html lang="en"><h1>Welcome</h1>');
    try {
      const cases: [string | undefined, string][] = [
        [undefined, 'Welkom'],
        ['nl-NL,nl;q=0.9,en;q=0.8', 'Welkom'],
        ['en-GB', 'Welcome'],
        ['de-DE,de;q=0.9,en;q=0.5,nl;q=0.3', 'Welcome'],
        ['de-DE,fr;q=0.5', 'Welkom'],
        ['en;q=0.2,nl-BE;q=0.8', 'Welkom'],
        ['*', 'Welkom'],
      ];
      for (const [language, heading] of cases) {
        const response = await app.request('/', {
          headers: language === undefined ? {} : { 'Accept-Language': language },
        });
        expect(await response.text(), String(language)).toContain(heading);
        expect(response.headers.get('vary')).toContain('Accept-Language');
      }
    } finally {
      rmSync(path.join(root, 'welcome.html'));
      rmSync(path.join(root, 'welcome.en.html'));
    }
  });

  it('sends the welcome in the language this device chose (its cookie) before the browser’s', async () => {
    writeFileSync(path.join(root, 'welcome.html'), '<html lang="nl"><h1>Welkom</h1>');
    writeFileSync(path.join(root, 'welcome.en.html'), '<html lang="en"><h1>Welcome</h1>');
    try {
      const cases: [string | undefined, string | undefined, string][] = [
        // The choice wins over the browser's language, both ways.
        ['wandelcoach_locale=en', 'nl-NL,nl;q=0.9', 'Welcome'],
        ['wandelcoach_locale=nl', 'en-GB,en;q=0.9', 'Welkom'],
        ['theme=dark; wandelcoach_locale=en', undefined, 'Welcome'],
        // Anything but a language the app speaks is ignored: the browser's language decides.
        ['wandelcoach_locale=de', 'en-GB', 'Welcome'],
        ['wandelcoach_locale=EN', 'nl-NL', 'Welkom'],
        ['wandelcoach_locale=', 'en-GB', 'Welcome'],
        ['wandelcoach_locale=en%3Bx', 'nl-NL', 'Welkom'],
        // No cookie: as before.
        [undefined, 'en-GB', 'Welcome'],
        [undefined, 'nl-NL', 'Welkom'],
      ];
      for (const [cookie, language, heading] of cases) {
        const response = await app.request('/', {
          headers: {
            ...(cookie !== undefined && { Cookie: cookie }),
            ...(language !== undefined && { 'Accept-Language': language }),
          },
        });
        expect(await response.text(), `${cookie} ${language}`).toContain(heading);
        expect(response.headers.get('vary')).toContain('Cookie');
        expect(response.headers.get('vary')).toContain('Accept-Language');
      }
      // The language cookie is no session: with one beside it, the plain page still comes.
      const signedIn = await app.request('/', {
        headers: { Cookie: 'wandelcoach_locale=en; wandelcoach_session=abc' },
      });
      expect(await signedIn.text()).toContain('<div id="root"></div>');
    } finally {
      rmSync(path.join(root, 'welcome.html'));
      rmSync(path.join(root, 'welcome.en.html'));
    }
  });

  it('allows the drawn pages’ inline style and script by their hashes only, and nothing the build file adds beyond hashes', async () => {
    const style = `'sha256-${'A'.repeat(43)}='`;
    const script = `'sha256-${'C'.repeat(43)}='`;
    writeFileSync(
      path.join(root, 'welcome.csp.json'),
      JSON.stringify({
        styleSrc: [style, "'unsafe-inline'", 'https://elsewhere.example', 42],
        scriptSrc: [script, "'unsafe-eval'", 'https://elsewhere.example'],
      }),
    );
    try {
      const withHash = createApp(server.context, { webRoot: root });
      const policy = (await withHash.request('/')).headers.get('content-security-policy') ?? '';
      expect(/style-src ([^;]*)/.exec(policy)?.[1]?.trim()).toBe(`'self' ${style}`);
      expect(/script-src ([^;]*)/.exec(policy)?.[1]?.trim()).toBe(`'self' ${script}`);
      expect(policy).not.toContain('unsafe-');
      expect(policy).not.toContain('elsewhere');
    } finally {
      rmSync(path.join(root, 'welcome.csp.json'));
    }
    const without = createApp(server.context, { webRoot: root });
    const policy = (await without.request('/')).headers.get('content-security-policy') ?? '';
    expect(/style-src ([^;]*)/.exec(policy)?.[1]?.trim()).toBe("'self'");
    expect(/script-src ([^;]*)/.exec(policy)?.[1]?.trim()).toBe("'self'");
  });

  it('reads the hashes again after a second, so a rebuild while the server runs is followed', () => {
    let now = 0;
    const hashes = inlineHashes(root, () => now);
    const none = { styleSrc: [], scriptSrc: [] };
    expect(hashes()).toEqual(none);
    const style = `'sha256-${'B'.repeat(43)}='`;
    const script = `'sha256-${'D'.repeat(43)}='`;
    writeFileSync(
      path.join(root, 'welcome.csp.json'),
      JSON.stringify({ styleSrc: [style], scriptSrc: [script] }),
    );
    try {
      now = 500;
      expect(hashes()).toEqual(none);
      now = 1500;
      expect(hashes()).toEqual({ styleSrc: [style], scriptSrc: [script] });
      writeFileSync(path.join(root, 'welcome.csp.json'), '{broken');
      now = 3000;
      expect(hashes()).toEqual(none);
    } finally {
      rmSync(path.join(root, 'welcome.csp.json'));
    }
  });

  it('leaves the API alone, and keeps its no-store on paths it does not know', async () => {
    for (const where of ['/api/v1/nowhere', '/api/v2/walks', '/api/']) {
      const response = await app.request(where);
      expect(response.status, where).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.headers.get('cache-control'), where).toBe('no-store');
    }
  });

  it('serves only the API when there is no built app', async () => {
    const bare = createApp(server.context, { webRoot: path.join(root, 'not-here') });
    expect((await bare.request('/')).status).toBe(404);
  });
});
