/**
 * Starts the server: read the configuration, open the database, bring its schema up to date
 * (or refuse a database from a newer version), then listen; and stops it gently on SIGTERM or Ctrl+C.
 * Also the server side of the `wandelcoach migrate`, `backup` and `restore` commands.
 */
import { getRequestListener } from '@hono/node-server';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type AddressInfo } from 'node:net';
import { loadConfig, type ServerConfig } from './config.js';
import { openDatabase, type Db } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import {
  backupSqliteFile,
  BackupError,
  restoreSqliteFile,
  type BackupSummary,
  type RestoreSummary,
} from './db/sqlite-backup.js';
import { createApp } from './http/app.js';
import { loadTodayRenderer } from './http/today-page.js';
import { createLogger, type Logger } from './http/logger.js';
import { describeError } from './http/middleware/request-log.js';
import type { ServiceContext } from './services/context.js';
import { createServiceContext } from './services/create-context.js';
import {
  canonicaliseTimeZones,
  HOUSEKEEPING_INTERVAL_MS,
  keepFlags,
  removeExpired,
} from './services/housekeeping.js';

/** Clears out expired sessions and keeps flags, now and every hour; a failure is logged and tried again next time. */
function startHousekeeping(services: ServiceContext, logger: Logger): NodeJS.Timeout {
  const run = () => {
    removeExpired(services)
      .then(() => canonicaliseTimeZones(services))
      .then(() => keepFlags(services))
      .catch((error: unknown) => {
        // By kind and place only: a database error's message can quote the rows it was about.
        logger.error({ error: describeError(error) }, 'housekeeping failed');
      });
  };
  run();
  // unref: housekeeping alone must not keep the process alive.
  return setInterval(run, HOUSEKEEPING_INTERVAL_MS).unref();
}

export interface StopOptions {
  /**
   * How long requests under way may take before their connections are closed anyway; the
   * configured `shutdownGraceMs` unless given. Asking again with less (0: now) hurries a stop
   * already under way.
   */
  graceMs?: number;
}

export interface RunningServer {
  url: string;
  config: ServerConfig;
  db: Db;
  /**
   * Stops gently: no new connections, the requests under way are answered, then the database is
   * closed. Calling it again returns the same stop.
   */
  close(options?: StopOptions): Promise<void>;
}

/** Where the data lives, for a person reading the start-up line: never the password in a URL. */
export function describeDatabase(config: ServerConfig): string {
  return config.database.dialect === 'sqlite'
    ? `SQLite at ${config.database.file}`
    : `PostgreSQL (${new URL(config.database.url).host})`;
}

/** How mail leaves, for the start-up lines: never the SMTP password. */
export function describeMail(running: Pick<RunningServer, 'config' | 'url'>): string {
  const { mail, publicUrl } = running.config;
  if (mail === undefined) {
    return 'Mail: no SMTP_URL set, so each mail (a password-reset link) is written to the log instead, and sign-up signs in at once.';
  }
  const server = new URL(mail.smtpUrl);
  return `Mail: through ${server.protocol}//${server.host}, from ${mail.from}; links point at ${publicUrl ?? running.url}.`;
}

type Fetch = Parameters<typeof getRequestListener>[0];

/** How long handlers cut off at the deadline get to let go of the database before it closes. */
const HANDLER_WAIT_AFTER_DEADLINE_MS = 2_000;

/**
 * The HTTP server, with what a gentle stop needs: which answers are still to be sent, and which
 * handlers still run (a handler can outlive its connection when the client goes away).
 */
class ListeningServer {
  private stopping = false;
  private readonly unanswered = new Set<ServerResponse>();
  private handlersRunning = 0;
  private onHandlersDone: (() => void) | undefined;
  private deadline: NodeJS.Timeout | undefined;
  private deadlineAt = Number.POSITIVE_INFINITY;
  private stopped: Promise<void> | undefined;
  readonly server: Server;

  constructor(fetch: Fetch, hostname: string) {
    const counted: Fetch = async (request, env) => {
      this.handlersRunning++;
      try {
        return await fetch(request, env);
      } finally {
        this.handlersRunning--;
        if (this.handlersRunning === 0) this.onHandlersDone?.();
      }
    };
    const answer = getRequestListener(counted, { hostname });
    // Hono's listener answers every error itself, a 500 at worst; its promise has nothing more to say.
    this.server = createServer((request, response) => {
      void answer(request, response);
    });
    // Before Hono's listener, so the header is set before any answer is written.
    this.server.prependListener('request', (_request, response: ServerResponse) => {
      if (this.stopping) {
        response.setHeader('connection', 'close');
        return;
      }
      this.unanswered.add(response);
      response.once('close', () => this.unanswered.delete(response));
    });
  }

  listen(port: number, host: string): Promise<void> {
    // A port in use or not allowed is an answer for the caller, not a crash.
    return new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  /**
   * Stops taking connections at once, answers what was asked, and resolves when every connection
   * has closed and every handler has finished; after `graceMs` the connections left are cut.
   */
  stop(graceMs: number): Promise<void> {
    this.hurry(graceMs);
    this.stopped ??= this.stopGently();
    return this.stopped;
  }

  private async stopGently(): Promise<void> {
    this.stopping = true;
    // An answer not yet sent says "Connection: close", so the client opens no new request on a
    // connection that is about to go; it sends its next one to a new connection, which is refused.
    for (const response of this.unanswered) {
      if (!response.headersSent) response.setHeader('connection', 'close');
    }
    const allClosed = new Promise<void>((resolve) => {
      // net.Server's close, not http.Server's: that one also cuts idle keep-alive connections at
      // once, and a request a client is sending on one at that moment would be reset unanswered.
      // Idle connections end by themselves when their keep-alive time (5 s) runs out, a time the
      // client was told and keeps clear of; every other one ends after its next answer.
      NetServer.prototype.close.call(this.server, () => {
        resolve();
      });
    });
    await allClosed;
    clearTimeout(this.deadline);
    if (this.handlersRunning > 0) {
      await new Promise<void>((resolve) => {
        const wait = Math.max(0, this.deadlineAt - Date.now()) + HANDLER_WAIT_AFTER_DEADLINE_MS;
        const giveUp = setTimeout(resolve, wait);
        this.onHandlersDone = () => {
          clearTimeout(giveUp);
          resolve();
        };
      });
    }
  }

  /** Moves the deadline forward to `graceMs` from now, if that is sooner than the one set. */
  private hurry(graceMs: number): void {
    const at = Date.now() + graceMs;
    if (at >= this.deadlineAt) return;
    this.deadlineAt = at;
    clearTimeout(this.deadline);
    this.deadline = setTimeout(() => {
      // A request that is still running, or a client that sends half a request and waits, must not
      // keep the server from stopping.
      this.server.closeAllConnections();
    }, graceMs);
  }
}

export async function startServer(config: ServerConfig = loadConfig()): Promise<RunningServer> {
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // Links in mails point at PUBLIC_URL, or else at the address listened on, known once listening.
  let listeningUrl = '';
  const services = createServiceContext(db, config, logger, () => config.publicUrl ?? listeningUrl);
  const todayRenderer = await loadTodayRenderer(config.webRenderRoot, logger);
  const app = createApp(services, { webRoot: config.webRoot, todayRenderer, logger });
  const listening = new ListeningServer((request, env) => app.fetch(request, env), config.host);
  try {
    await listening.listen(config.port, config.host);
  } catch (error) {
    await services.mail.close();
    await db.close();
    throw error;
  }
  const housekeeping = startHousekeeping(services, logger);
  const { port } = listening.server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  listeningUrl = `http://${host}:${port}`;
  let closed: Promise<void> | undefined;
  return {
    url: listeningUrl,
    config,
    db,
    close: (options = {}) => {
      const stopped = listening.stop(options.graceMs ?? config.shutdownGraceMs);
      closed ??= (async () => {
        clearInterval(housekeeping);
        await stopped;
        // Mails and flags of the last requests are done before the process ends.
        await services.afterAnswer?.settled();
        await services.mail.close();
        // Only now: every answer that was sent had its data written.
        await db.close();
      })();
      return closed;
    },
  };
}

/**
 * `wandelcoach migrate`: brings the configured database up to date without starting the server.
 * Returns where the database is and which migrations were applied.
 */
export async function migrateConfiguredDatabase(
  config: ServerConfig = loadConfig(),
): Promise<{ database: string; applied: string[] }> {
  const db = openDatabase(config.database);
  try {
    return { database: describeDatabase(config), applied: await migrateToLatest(db) };
  } finally {
    await db.close();
  }
}

export interface BackupResult extends BackupSummary {
  /** Where the data came from, as {@link describeDatabase} says it. */
  database: string;
}

export interface RestoreResult extends RestoreSummary {
  /** Where the data went, as {@link describeDatabase} says it. */
  database: string;
}

/** PostgreSQL has its own tools for this, which know its every detail; Wandelcoach does not redo them. */
function refusePostgres(
  config: ServerConfig,
  job: 'backup' | 'restore',
): asserts config is ServerConfig & {
  database: { dialect: 'sqlite' };
} {
  if (config.database.dialect === 'sqlite') return;
  throw new BackupError(
    'DATABASE_URL',
    job === 'backup'
      ? 'this server uses PostgreSQL; make its backups with pg_dump (e.g. pg_dump -Fc -f wandelcoach.dump "$DATABASE_URL"), see README'
      : 'this server uses PostgreSQL; restore its backups with pg_restore (e.g. pg_restore --clean --if-exists -d "$DATABASE_URL" wandelcoach.dump), see README',
  );
}

/**
 * `wandelcoach backup FILE`: a copy of the configured SQLite database at one moment, taken while the
 * server may be running. Throws {@link BackupError} (naming `FILE`, `DATA_DIR` or `DATABASE_URL`) for
 * what the person can put right.
 */
export async function backupConfiguredDatabase(
  file: string,
  config: ServerConfig = loadConfig(),
): Promise<BackupResult> {
  refusePostgres(config, 'backup');
  return { database: describeDatabase(config), ...(await backupSqliteFile(config.database.file, file)) };
}

/**
 * `wandelcoach restore FILE`: puts a backup in place of the configured SQLite database, only while no
 * server uses it; the database it replaces is kept beside it.
 */
export async function restoreConfiguredDatabase(
  file: string,
  config: ServerConfig = loadConfig(),
): Promise<RestoreResult> {
  refusePostgres(config, 'restore');
  return { database: describeDatabase(config), ...(await restoreSqliteFile(file, config.database.file)) };
}

/** The process's entry point: prints where to go, stops gently on Ctrl+C or SIGTERM. */
export async function main(): Promise<void> {
  let running: RunningServer;
  try {
    running = await startServer();
  } catch (error) {
    // A bad setting or a database from the future: say what, not where in the code.
    console.error(`wandelcoach-server: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return;
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // Asked twice: the person does not want to wait for slow requests.
      console.log('Stopping now: closing the connections still open.');
      void running.close({ graceMs: 0 });
      return;
    }
    stopping = true;
    const seconds = Math.ceil(running.config.shutdownGraceMs / 1000);
    console.log(
      `Stopping (${signal}): no new connections; requests under way may finish, for at most ${seconds} s. Press Ctrl+C again to stop now.`,
    );
    running.close().then(
      () => {
        console.log('Wandelcoach has stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(
          `wandelcoach-server: stopping failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        process.exit(1);
      },
    );
  };
  // Before the line that says it runs: whoever reads that line may send a signal at once.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`Wandelcoach is running at ${running.url} (database: ${describeDatabase(running.config)})`);
  console.log(describeMail(running));
  console.log('Press Ctrl+C to stop.');
}
