/**
 * Starts the server: read the configuration, open the database, bring its schema up to date
 * (or refuse a database from a newer version), then listen.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { loadConfig, type ServerConfig } from './config.js';
import { openDatabase, type Db } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { createApp } from './http/app.js';
import type { ServiceContext } from './services/context.js';
import { createServiceContext } from './services/create-context.js';
import { canonicaliseTimeZones, HOUSEKEEPING_INTERVAL_MS, removeExpired } from './services/housekeeping.js';

/** Clears out expired sessions now and every hour; a failure is logged and tried again next time. */
function startHousekeeping(services: ServiceContext): NodeJS.Timeout {
  const run = () => {
    removeExpired(services)
      .then(() => canonicaliseTimeZones(services))
      .catch((error: unknown) => {
        console.error('housekeeping failed:', error);
      });
  };
  run();
  // unref: housekeeping alone must not keep the process alive.
  return setInterval(run, HOUSEKEEPING_INTERVAL_MS).unref();
}

export interface RunningServer {
  url: string;
  config: ServerConfig;
  db: Db;
  close(): Promise<void>;
}

/** Where the data lives, for a person reading the start-up line: never the password in a URL. */
export function describeDatabase(config: ServerConfig): string {
  return config.database.dialect === 'sqlite'
    ? `SQLite at ${config.database.file}`
    : `PostgreSQL (${new URL(config.database.url).host})`;
}

export async function startServer(config: ServerConfig = loadConfig()): Promise<RunningServer> {
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const services = createServiceContext(db, config);
  const app = createApp(services, { webRoot: config.webRoot });
  let server: ServerType;
  try {
    // A port in use or not allowed is an answer for the caller, not a crash.
    server = await new Promise<ServerType>((resolve, reject) => {
      const started = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => {
        started.off('error', reject);
        resolve(started);
      });
      started.once('error', reject);
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  const housekeeping = startHousekeeping(services);
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    config,
    db,
    close: async () => {
      clearInterval(housekeeping);
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await db.close();
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

/** The process's entry point: prints where to go, stops cleanly on Ctrl+C or SIGTERM. */
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
  console.log(`Wandelcoach is running at ${running.url} (database: ${describeDatabase(running.config)})`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
