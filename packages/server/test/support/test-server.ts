/**
 * A server for tests, on either database: a fresh, migrated database per call, the real app, a
 * clock the test sets, and a client that keeps cookies and the CSRF token like a browser would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { loadConfig, type RateLimits, type ServerConfig } from '../../src/config.js';
import { openDatabase, type Db, type Dialect } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createApp, type AppOptions } from '../../src/http/app.js';
import { createLogger } from '../../src/http/logger.js';
import { MailDelivery } from '../../src/mail/delivery.js';
import { logMailer, smtpMailer } from '../../src/mail/mailer.js';
import { careLinks, type CareTeamPolicy } from '../../src/services/access.js';
import { AfterAnswer } from '../../src/services/after-answer.js';
import type { ServiceContext } from '../../src/services/context.js';
import { PracticeListCache } from '../../src/services/practice-list-cache.js';
import { TodayCache } from '../../src/services/today-cache.js';
import { expectDocumented } from './openapi-conformance.js';
import { createTestDatabase } from './postgres-cluster.js';

/** Which databases the integration suites run on: both, unless WANDELCOACH_TEST_DATABASES narrows it. */
export function testDialects(): Dialect[] {
  const wanted = process.env['WANDELCOACH_TEST_DATABASES']?.split(',').map((name) => name.trim());
  return (['sqlite', 'postgres'] as const).filter(
    (dialect) => wanted === undefined || wanted.includes(dialect),
  );
}

/** PostgreSQL suites skip only when the global setup found no PostgreSQL, which it never allows in CI. */
export function dialectAvailable(dialect: Dialect): boolean {
  return dialect === 'sqlite' || inject('postgresUrl') !== '';
}

export interface FreshDatabase {
  db: Db;
  settings: ServerConfig['database'];
  remove(): Promise<void>;
}

/** An empty database of the given kind, not yet migrated. */
export async function freshDatabase(dialect: Dialect): Promise<FreshDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'wandelcoach-sqlite-'));
    const settings = { dialect, file: path.join(dir, 'wandelcoach.db') } as const;
    const db = openDatabase(settings);
    return {
      db,
      settings,
      remove: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = await createTestDatabase(inject('postgresUrl'));
  const settings = { dialect, url, poolSize: 5 } as const;
  const db = openDatabase(settings);
  return { db, settings, remove: () => db.close() };
}

export class TestClock {
  constructor(public current: Date = new Date('2026-11-21T10:00:00Z')) {}
  now = (): Date => new Date(this.current);
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advanceSeconds(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 24 * 60 * 60 * 1000);
  }
}

export interface TestServer {
  dialect: Dialect;
  db: Db;
  context: ServiceContext;
  clock: TestClock;
  app: ReturnType<typeof createApp>;
  errors: unknown[];
  /** Every line the server logged, as written. */
  logLines: string[];
  client(ip?: string): TestClient;
  /**
   * Another server process on the same database, as far as the app can tell: its own connection
   * (pool), its own kept answers and its own app, the same clock. `as(client)` gives a client of it
   * with that client's session. Closed with this server.
   */
  secondInstance(): SecondInstance;
  close(): Promise<void>;
}

export interface SecondInstance {
  context: ServiceContext;
  app: ReturnType<typeof createApp>;
  /** A client of this instance that carries `client`'s session (cookie and CSRF token). */
  as(client: TestClient): TestClient;
}

export interface TestServerOptions {
  config?: Partial<ServerConfig>;
  careTeam?: CareTeamPolicy;
  /** More of the app's options (routes planted for a test). */
  app?: Pick<AppOptions, 'testRoutes'>;
}

/** Generous limits, so suites can make many accounts; the rate-limit tests set their own. */
export const TEST_LIMITS: RateLimits = {
  signUpPerIp: { limit: 10_000, windowSeconds: 3600 },
  signUpPerAccount: { limit: 10_000, windowSeconds: 3600 },
  signInPerIp: { limit: 10_000, windowSeconds: 900 },
  signInPerAccount: { limit: 10_000, windowSeconds: 900 },
  signInPerAccountAndIp: { limit: 10_000, windowSeconds: 900 },
  signInSlowSeconds: 30,
  mailsPerAddress: { limit: 10_000, windowSeconds: 3600 },
  linkAttemptsPerAccount: { limit: 10_000, windowSeconds: 3600 },
  linkAttemptsPerIp: { limit: 10_000, windowSeconds: 3600 },
  secondFactorPerAccount: { limit: 10_000, windowSeconds: 900 },
};

export async function createTestServer(
  dialect: Dialect,
  options: TestServerOptions = {},
): Promise<TestServer> {
  const fresh = await freshDatabase(dialect);
  await migrateToLatest(fresh.db);
  const config: ServerConfig = {
    ...loadConfig({}),
    database: fresh.settings,
    // Tests tell the app who is calling with X-Forwarded-For, as a proxy would.
    trustProxy: true,
    rateLimits: TEST_LIMITS,
    ...options.config,
  };
  const clock = new TestClock();
  const errors: unknown[] = [];
  const logLines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void logLines.push(line) });
  const reportError = (error: unknown) => errors.push(error);
  const contextOn = (db: Db): ServiceContext => ({
    db,
    config,
    now: clock.now,
    careTeam: options.careTeam ?? careLinks,
    // As in production: SMTP when the test configures it (a loopback server), else the log.
    mail: new MailDelivery(
      config.mail === undefined ? logMailer(logger) : smtpMailer(config.mail),
      logger,
      () => config.publicUrl ?? 'http://localhost',
    ),
    // Flags kept after a walk fail quietly for the patient; a suite sees it as an error of the server.
    reportError,
    todayCache: new TodayCache(),
    practiceListCache: new PracticeListCache(),
    afterAnswer: new AfterAnswer(reportError),
  });
  const appOn = (context: ServiceContext) =>
    createApp(context, { logger, logError: (error) => errors.push(error), ...options.app });
  const context = contextOn(fresh.db);
  const app = appOn(context);
  const others: { context: ServiceContext; db: Db }[] = [];
  let clients = 0;
  return {
    dialect,
    db: fresh.db,
    context,
    clock,
    app,
    errors,
    logLines,
    client: (ip = `192.0.2.${(clients++ % 250) + 1}`) => new TestClient(app, ip, context),
    secondInstance: () => {
      const db = openDatabase(fresh.settings);
      const second = contextOn(db);
      others.push({ context: second, db });
      const secondApp = appOn(second);
      return {
        context: second,
        app: secondApp,
        as: (client) => {
          const copy = new TestClient(secondApp, client.ip, second);
          copy.cookie = client.cookie;
          copy.csrfToken = client.csrfToken;
          copy.account = client.account;
          return copy;
        },
      };
    },
    close: async () => {
      for (const other of others) {
        await other.context.afterAnswer?.settled();
        await other.context.mail.close();
        await other.db.close();
      }
      await context.afterAnswer?.settled();
      await context.mail.close();
      await fresh.remove();
    },
  };
}

export interface TestResponse {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

let emailCounter = 0;
export function uniqueEmail(): string {
  return `walker-${Date.now().toString(36)}-${emailCounter++}@example.nl`;
}

export const PASSWORD = 'lopen-helpt-echt';

/** A browser, as far as the API can tell: a cookie jar, the CSRF token, one client address. */
export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  account: { id: string; email: string } | undefined;

  constructor(
    private readonly app: ReturnType<typeof createApp>,
    readonly ip: string,
    /** Work the server does after answering (flags) is done before a test reads on. */
    private readonly context?: ServiceContext,
  ) {}

  async request(
    method: string,
    path: string,
    options: { body?: unknown; rawBody?: string; headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<TestResponse> {
    const headers: Record<string, string> = {
      'x-forwarded-for': this.ip,
      host: 'localhost',
      ...options.headers,
    };
    if (this.cookie !== undefined) headers['cookie'] = this.cookie;
    if (options.csrf !== false && this.csrfToken !== undefined) headers['x-csrf-token'] ??= this.csrfToken;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await this.app.request(`http://localhost/api/v1${path}`, {
      method,
      headers,
      ...(body !== undefined && { body }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null) {
      const [pair] = setCookie.split(';');
      this.cookie = pair?.endsWith('=') || /Max-Age=0/i.test(setCookie) ? undefined : pair;
    }
    const text = await response.text();
    await this.context?.afterAnswer?.settled();
    const type = response.headers.get('content-type') ?? '';
    const parsed: unknown = type.includes('json') && text !== '' ? JSON.parse(text) : undefined;
    // Every answer any suite sees is held to the OpenAPI document.
    expectDocumented(
      method,
      path.split('?')[0] ?? path,
      response.status,
      type,
      type.includes('json') ? parsed : text || undefined,
    );
    return { status: response.status, headers: response.headers, body: parsed, text };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, { body });
  put = (path: string, body?: unknown) => this.request('PUT', path, { body });
  patch = (path: string, body?: unknown) => this.request('PATCH', path, { body });
  delete = (path: string, body?: unknown) => this.request('DELETE', path, { body });

  /** Signs up a new account and keeps its session. */
  async signUp(email = uniqueEmail(), extra: Record<string, unknown> = {}): Promise<TestResponse> {
    const response = await this.post('/accounts', { email, password: PASSWORD, ...extra });
    if (response.status === 201) this.remember(response);
    return response;
  }

  async signIn(email: string, password = PASSWORD): Promise<TestResponse> {
    const response = await this.post('/session', { email, password });
    if (response.status === 200) this.remember(response);
    return response;
  }

  /**
   * Who `GET /session` says this client is: the account's email, or null when nobody is signed in
   * (which is a normal answer, not an error).
   */
  async whoAmI(): Promise<string | null> {
    const response = await this.get('/session');
    if (response.status !== 200)
      throw new Error(`GET /session answered ${response.status}: ${response.text}`);
    return response.body.account === null ? null : response.body.account.email;
  }

  private remember(response: TestResponse): void {
    this.csrfToken = response.body.csrfToken;
    this.account = response.body.account;
  }
}
