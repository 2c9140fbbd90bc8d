/**
 * Debian's PgBouncer in front of one database, in transaction pooling, on a free loopback port: the
 * connection pooler docs/scaling.md advises once many server processes share one PostgreSQL. Its
 * configuration and user list live in a temp dir that stop() removes.
 */
import { randomBytes } from 'node:crypto';
import { chown, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { startProcess, type RunningProcess } from './child-processes.js';
import { startDaemon } from './daemons.js';
import { findExecutable, isRoot, systemUserIds } from './executables.js';

const START_TIMEOUT_MS = 10_000;
/** The name the servers connect to; PgBouncer maps it to the real database. */
const POOLED_DATABASE = 'wandelcoach';
const POOLED_USER = 'wandelcoach';

export interface PgBouncerOptions {
  /** Where PostgreSQL (or something speaking for it) listens on 127.0.0.1. */
  upstreamPort: number;
  /** The real database's name; PgBouncer logs in to it as `postgres` (the test cluster trusts loopback). */
  database: string;
  /** Server connections PgBouncer may open: fewer than the servers' pools, so connections really are shared. */
  poolSize: number;
}

export interface PgBouncer {
  /** postgres://wandelcoach:…@127.0.0.1:PORT/wandelcoach, for DATABASE_URL. */
  readonly url: string;
  readonly process: RunningProcess;
  /** Runs a command on PgBouncer's admin console (`SHOW CLIENTS`, `SHOW SERVERS`) and returns its rows. */
  show(command: string): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

export function findPgBouncer(): string | undefined {
  return findExecutable('pgbouncer');
}

export async function startPgBouncer(bin: string, options: PgBouncerOptions): Promise<PgBouncer> {
  const password = randomBytes(16).toString('hex');
  // PgBouncer refuses to run as root, so as root it runs as the postgres user, as the cluster does.
  const owner = isRoot() ? await systemUserIds('postgres', 'PgBouncer') : undefined;
  const daemon = await startDaemon('pgbouncer', {
    launch: async (port, dir) => {
      const userlist = join(dir, 'userlist.txt');
      const ini = join(dir, 'pgbouncer.ini');
      await writeFile(userlist, `"${POOLED_USER}" "${password}"\n`, { mode: 0o600 });
      await writeFile(ini, configuration(options, port, userlist), { mode: 0o600 });
      if (owner) await Promise.all([dir, userlist, ini].map((path) => chown(path, owner.uid, owner.gid)));
      // Not daemonised (no -d): it stays our child, its log comes to our pipe, and its pid is its own.
      return startProcess('pgbouncer', bin, [ini], {
        cwd: dir,
        env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
        ...(owner && { uid: owner.uid, gid: owner.gid }),
      });
    },
    portTaken: /address already in use/i,
    timeoutMs: START_TIMEOUT_MS,
  });
  const login = `postgres://${POOLED_USER}:${password}@127.0.0.1:${daemon.port}`;
  return {
    url: `${login}/${POOLED_DATABASE}`,
    process: daemon.process,
    show: (command) => adminCommand(`${login}/pgbouncer`, command),
    stop: daemon.stop,
  };
}

function configuration(options: PgBouncerOptions, port: number, userlist: string): string {
  return `[databases]
; Every client logs in as ${POOLED_USER} (password checked here); PgBouncer uses one pool of
; connections as postgres to the real database.
${POOLED_DATABASE} = host=127.0.0.1 port=${options.upstreamPort} dbname=${options.database} user=postgres

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
; No Unix socket: loopback TCP only, and nothing left in /tmp.
unix_socket_dir =
auth_type = scram-sha-256
auth_file = ${userlist}
; A server connection goes back to the pool at the end of each transaction, so whatever a client leaves
; on it (a named prepared statement, a session setting) is met by the next client.
pool_mode = transaction
default_pool_size = ${options.poolSize}
max_db_connections = ${options.poolSize}
reserve_pool_size = 0
max_client_conn = 500
; The test reads SHOW CLIENTS / SHOW SERVERS to see the pooling happen.
admin_users = ${POOLED_USER}
; A failed server login is tried again after 1 s rather than 15 s.
server_login_retry = 1
query_wait_timeout = 30
log_connections = 0
log_disconnections = 0
`;
}

async function adminCommand(url: string, command: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // No parameters, so pg sends a simple query: the only kind the admin console takes.
    return (await client.query<Record<string, unknown>>(command)).rows;
  } finally {
    await client.end();
  }
}
