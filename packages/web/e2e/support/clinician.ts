/**
 * Clinicians for the browser suites. A practice is made as an operator makes one, with the command
 * line on the server's own database (`wandelcoach practice create`); authenticator codes are worked
 * out here with the `otpauth` library the server uses, on the server's shifted clock.
 *
 * `signedInClinician()` does a whole clinician through the HTTP API, quicker than the screens (which
 * `clinician-access.e2e.ts` covers): a practice whose first admin is also its clinician, the second
 * factor set up and proven. It answers the cookies a browser context needs to be that clinician
 * (`context.addCookies(clinician.cookies)`), the same session for API calls (`clinician.api`), the
 * account's password, the authenticator (for the next code) and the recovery codes.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import {
  DATA_DIR_VARIABLE,
  MAIL_DATA_DIR_VARIABLE,
  MAIL_STARTED_VARIABLE,
  MAIL_URL_VARIABLE,
  STARTED_VARIABLE,
  URL_VARIABLE,
} from './global-setup.js';
import { PINNED_NOW, PINNED_NOW_VARIABLE } from './pinned-clock.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.resolve(here, '../../../cli/bin/wandelcoach.js');
const shiftedClock = pathToFileURL(path.join(here, 'shifted-clock.mjs')).href;

export const CLINICIAN_PASSWORD = 'fysio wandelt elke dag langs de dijk';

/** The e2e servers: the first (no mail) and the one whose mail the tests read. */
export type E2eServer = 'plain' | 'mail';

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set: the global setup did not run`);
  return value;
}

export function serverUrl(server: E2eServer): string {
  return setting(server === 'plain' ? URL_VARIABLE : MAIL_URL_VARIABLE);
}

/** The server's "now": it started at the pinned moment and runs on (shifted-clock.mjs). */
export function serverNow(server: E2eServer): number {
  const started = Number(setting(server === 'plain' ? STARTED_VARIABLE : MAIL_STARTED_VARIABLE));
  return PINNED_NOW.getTime() + (Date.now() - started);
}

/** An address no other test uses. */
export function newClinicianEmail(): string {
  return `fysio-${randomUUID().slice(0, 12)}@example.com`;
}

/**
 * `wandelcoach practice create` on the server's database, as an operator runs it; answers the
 * single-use link for the first admin (`…/join-practice#token=…`), pointing at that server.
 */
export function createPractice(server: E2eServer, name: string, adminEmail: string): string {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: setting(server === 'plain' ? DATA_DIR_VARIABLE : MAIL_DATA_DIR_VARIABLE),
    PUBLIC_URL: serverUrl(server),
    // The link's 7 days count from the server's now, not the real one.
    [PINNED_NOW_VARIABLE]: new Date(serverNow(server)).toISOString(),
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  const run = spawnSync(
    process.execPath,
    ['--import', shiftedClock, cli, 'practice', 'create', '--name', name, '--admin-email', adminEmail],
    { env, encoding: 'utf8' },
  );
  expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  const link = /https?:\/\/\S+\/join-practice#token=[\w-]+/.exec(run.stdout)?.[0];
  if (link === undefined) throw new Error(`no link in the output of practice create:\n${run.stdout}`);
  return link;
}

/**
 * The authenticator app: the code for now, each one newer than the last, since the server takes a
 * code once and refuses one of the same 30 seconds or older. It accepts a code one step either side
 * of its now, so the next step serves when the current one was used.
 */
export class Authenticator {
  private lastStep = -1;
  private readonly totp: TOTP;

  constructor(
    readonly secret: string,
    private readonly server: E2eServer,
  ) {
    this.totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  }

  nextCode(): string {
    const now = TOTP.counter({ period: 30, timestamp: serverNow(this.server) });
    this.lastStep = Math.max(now, this.lastStep + 1);
    return this.totp.generate({ timestamp: this.lastStep * 30_000 });
  }
}

/** A browser cookie as Playwright's `context.addCookies` takes it. */
export interface BrowserCookie {
  name: string;
  value: string;
  url: string;
}

export interface SignedInClinician {
  email: string;
  password: string;
  displayName: string;
  practiceId: string;
  practiceName: string;
  authenticator: Authenticator;
  recoveryCodes: string[];
  /** For `context.addCookies`: the session, second factor proven, acting for the practice. */
  cookies: BrowserCookie[];
  /** The same session, for what the clinician does through the API rather than the screens. */
  api: ApiSession;
  server: E2eServer;
}

/** A tiny API client with one session: the cookie and the CSRF token. */
export class ApiSession {
  private cookie: string | undefined;
  private csrfToken: string | undefined;

  constructor(readonly base: string) {}

  async send(method: string, route: string, body?: unknown): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie !== undefined) headers.cookie = this.cookie;
    if (this.csrfToken !== undefined) headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.base}/api/v1${route}`, {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    expect(response.ok, `${method} ${route}: ${String(response.status)} ${text}`).toBe(true);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null) this.cookie = setCookie.split(';')[0];
    const answer = (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
    if (typeof answer.csrfToken === 'string') this.csrfToken = answer.csrfToken;
    return answer;
  }

  /** A request whose answer may be a refusal (a 404 once a patient stopped the link): its status. */
  async status(method: string, route: string): Promise<number> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.cookie !== undefined) headers.cookie = this.cookie;
    if (this.csrfToken !== undefined) headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.base}/api/v1${route}`, { method, headers });
    await response.body?.cancel();
    return response.status;
  }

  cookies(): BrowserCookie[] {
    const [name, value] = (this.cookie ?? '').split('=') as [string, string | undefined];
    if (value === undefined) throw new Error('no session cookie');
    return [{ name, value, url: this.base }];
  }
}

/**
 * A practice and its clinician, made through the API: the practice's first admin joins with the
 * command line's link, makes themself clinician (as the admin of a small practice does), sets up the
 * authenticator and proves the session with its first code.
 */
export async function signedInClinician(
  options: { server?: E2eServer; practiceName?: string; displayName?: string } = {},
): Promise<SignedInClinician> {
  const server = options.server ?? 'plain';
  const email = newClinicianEmail();
  const practiceName = options.practiceName ?? `Fysiotherapie ${randomUUID().slice(0, 6)}`;
  const displayName = options.displayName ?? 'Anna de Vries';
  const link = new URL(createPractice(server, practiceName, email));
  const token = new URLSearchParams(link.hash.slice(1)).get('token');
  const api = new ApiSession(serverUrl(server));
  const joined = await api.send('POST', '/practice-invites/accept', { token, password: CLINICIAN_PASSWORD });
  const accountId = (joined.account as { id: string }).id;
  const { practices } = (await api.send('GET', '/practices')) as { practices: { practiceId: string }[] };
  const practiceId = practices[0]?.practiceId ?? '';
  await api.send('PATCH', `/practices/${practiceId}/members/${accountId}`, { clinician: true, displayName });
  const { secret } = (await api.send('POST', '/clinician/second-factor/setup')) as { secret: string };
  const authenticator = new Authenticator(secret, server);
  const { recoveryCodes } = (await api.send('POST', '/clinician/second-factor/confirm', {
    code: authenticator.nextCode(),
  })) as { recoveryCodes: string[] };
  return {
    email,
    password: CLINICIAN_PASSWORD,
    displayName,
    practiceId,
    practiceName,
    authenticator,
    recoveryCodes,
    cookies: api.cookies(),
    api,
    server,
  };
}
