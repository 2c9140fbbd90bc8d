import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.js';
import { createTestServer, type TestServer } from './support/test-server.js';

describe('the web app’s files at /', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'wandelcoach-web-'));
  let server: TestServer;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Wandelcoach</title>');
    writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'sw.js'), 'self.addEventListener("fetch", () => {})');
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

  it('answers a screen’s address with the app’s page, and a missing file with 404', async () => {
    const screen = await app.request('/today');
    expect(screen.status).toBe(200);
    expect(await screen.text()).toContain('<title>Wandelcoach</title>');
    expect((await app.request('/missing.js')).status).toBe(404);
  });

  it('leaves the API alone', async () => {
    const response = await app.request('/api/v1/nowhere');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('serves only the API when there is no built app', async () => {
    const bare = createApp(server.context, { webRoot: path.join(root, 'not-here') });
    expect((await bare.request('/')).status).toBe(404);
  });
});
