/**
 * A signed-in patient's `/today` (and `/`, where they start) comes with today's screen in the page,
 * rendered from the same kept answer as `GET /me/today`, and never for a cache to keep; anyone else,
 * and any failure, gets the plain page. The renderer here stands in for the web app's server build
 * (packages/web/src/render-today.tsx, checked end to end in the browser suites).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.js';
import { createLogger } from '../src/http/logger.js';
import type { TodayRenderer, TodayStart } from '../src/http/today-page.js';
import { linkPatient, practiceWithClinician } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE } from './support/fixtures.js';
import type { TestClient } from './support/test-server.js';

const SCRIPT = '/assets/index-abc123.js';
/** As the web app's build writes it: the loader inside the page names the app's script (`data-app`). */
const PAGE = `<!doctype html><html lang="nl"><head></head><body><div id="root"></div><script data-app="${SCRIPT}" data-service-worker="/sw.js">void 0;</script></body></html>`;
/** The test clock's date (test-server.ts). */
const TODAY = '2026-11-21';

interface Rendered {
  start: TodayStart;
  locale: string;
}

/** The page as sent, and the answer embedded in it (undefined for the plain page). */
async function open(app: ReturnType<typeof createApp>, address: string, who?: Pick<TestClient, 'cookie'>) {
  const response = await app.request(address, {
    // As the test clients do (test-server.ts): the server trusts the proxy's header in the tests.
    headers: { 'x-forwarded-for': '192.0.2.1', ...(who?.cookie !== undefined && { cookie: who.cookie }) },
  });
  const html = await response.text();
  const opening = '<script type="application/json" id="today-start">';
  const at = html.indexOf(opening);
  // What a browser would take as the script's text: up to the first `</script` after it.
  const embedded =
    at === -1 ? undefined : html.slice(at + opening.length, html.indexOf('</script', at + opening.length));
  return {
    response,
    html,
    embedded: embedded === undefined ? undefined : (JSON.parse(embedded) as TodayStart),
  };
}

describeEachDatabase('today’s screen in the page', (server) => {
  const root = mkdtempSync(path.join(tmpdir(), 'wandelcoach-today-page-'));
  const rendered: Rendered[] = [];
  const logged: string[] = [];
  let failing = false;
  const renderer: TodayRenderer = {
    page: PAGE,
    render: (start, locale) => {
      if (failing) throw new Error('the render broke');
      rendered.push({ start, locale });
      const today = start.today as { sessions: unknown[] };
      return `<main><h1>Today</h1><p class="walks">${today.sessions.length} walks</p></main>`;
    },
  };
  let app: ReturnType<typeof createApp>;

  beforeAll(() => {
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Plain</title><div id="root"></div>');
    writeFileSync(path.join(root, SCRIPT), 'console.log("app")');
    const logger = createLogger('error', { write: (line: string) => void logged.push(line) });
    app = createApp(server().context, { webRoot: root, todayRenderer: renderer, logger });
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  async function patientWithPlan(): Promise<TestClient> {
    const patient = server().client();
    // English, which is not the page's own language: the page says the account's.
    await patient.signUp(undefined, { locale: 'en' });
    expect((await patient.put('/me/intake', INTAKE)).status).toBe(200);
    return patient;
  }

  it('puts a patient’s today into the page at /today and /, from the same answer as GET /me/today', async () => {
    const patient = await patientWithPlan();
    const answer = await patient.get('/me/today');
    expect(answer.body.sessions.length).toBeGreaterThan(0);
    for (const address of ['/today', '/']) {
      const { response, html, embedded } = await open(app, address, patient);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store, private');
      expect(response.headers.get('vary')).toBe('Cookie, Accept-Encoding');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(html).toContain(
        `<div id="root" data-screen="today" data-locale="en"><main><h1>Today</h1><p class="walks">${answer.body.sessions.length} walks</p></main></div>`,
      );
      expect(embedded?.today).toEqual(answer.body);
      expect(embedded?.account).toMatchObject({ id: patient.account?.id, role: 'patient' });
    }
    expect(rendered.at(-1)?.locale).toBe('en');
  });

  it('sends the plain page without a session, with an unknown one, before the intake, to a clinician, and on other addresses', async () => {
    const before = server().client();
    await before.signUp();
    const care = await practiceWithClinician(server());
    const patient = await patientWithPlan();
    const stranger = { cookie: 'wandelcoach_session=made-up' };
    for (const [address, who] of [
      ['/today', undefined],
      ['/today', stranger],
      ['/today', before],
      ['/', before],
      ['/today', care.clinician],
      ['/', care.clinician],
      ['/plan', patient],
    ] as const) {
      const { response, html, embedded } = await open(app, address, who);
      expect(response.status, address).toBe(200);
      expect(html, address).toContain('<title>Plain</title>');
      expect(embedded).toBeUndefined();
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('compresses the page as the browser accepts', async () => {
    const patient = await patientWithPlan();
    const plain = await open(app, '/today', patient);
    for (const [encoding, decompress] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const response = await app.request('/today', {
        headers: {
          'x-forwarded-for': '192.0.2.1',
          cookie: patient.cookie ?? '',
          'accept-encoding': `${encoding}, deflate`,
        },
      });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('content-type')).toContain('text/html');
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.length).toBeLessThan(plain.html.length);
      expect(decompress(body).toString('utf8')).toBe(plain.html);
    }
  });

  it('sends the plain page, and logs why, when the render fails', async () => {
    const patient = await patientWithPlan();
    failing = true;
    try {
      const { response, html } = await open(app, '/today', patient);
      expect(response.status).toBe(200);
      expect(html).toContain('<title>Plain</title>');
      expect(logged.join('\n')).toContain('today’s page could not be rendered');
    } finally {
      failing = false;
    }
  });

  it('sends the plain page when the app was rebuilt after the server started (its script is gone)', async () => {
    const patient = await patientWithPlan();
    const rebuilt = createApp(server().context, {
      webRoot: root,
      todayRenderer: { ...renderer, page: PAGE.replace(SCRIPT, '/assets/index-gone.js') },
    });
    expect((await open(rebuilt, '/today', patient)).html).toContain('<title>Plain</title>');
  });

  it('keeps a hostile text in the answer inside the JSON script: it reads back as sent and ends nothing', async () => {
    const hostile = '</script><script>alert("x")</script><!-- \u2028';
    const care = await practiceWithClinician(server(), { displayName: hostile });
    const patient = await patientWithPlan();
    await linkPatient(care.clinician, patient);
    const supervised = await care.clinician.post(
      `/clinician/patients/${patient.account?.id}/supervised-sessions`,
      {
        id: crypto.randomUUID(),
        date: TODAY,
        kind: 'forward',
        minutes: 10,
        painDuring: 2,
        dizziness: false,
        fall: false,
        reason: 'Achteruit lopen geoefend </script><script>alert(1)</script> op de band.',
      },
    );
    expect(supervised.status, supervised.text).toBe(201);
    const { html, embedded } = await open(app, '/today', patient);
    const today = embedded?.today as { walked: { supervisedBy?: { name: string | null } }[] };
    expect(today.walked.map((walk) => walk.supervisedBy?.name)).toContain(hostile);
    expect(html).not.toContain(hostile);
    expect(html).not.toContain('<script>alert');
  });
});
