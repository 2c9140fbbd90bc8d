// A throwaway PostgreSQL cluster for the integration tests: its own data directory under os.tmpdir(), its
// own loopback port and socket directory, no fsync, and removed again by stop(). Nothing here talks to
// anything but 127.0.0.1, and nothing is downloaded except through apt-get when we run as root.
import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, realpathSync, rmSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freeLoopbackPort } from './daemons.js';
import { findOnPath, isExecutable, isRoot, systemUserIds } from './executables.js';

export interface Cluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres, trust auth, so no password. */
  readonly url: string;
  /** The temp dir holding data/, socket/ and postgres.log; gone after stop(). */
  readonly dir: string;
  /** Stops the server at once (nothing in it is worth keeping) and removes the temp dir. Idempotent. */
  stop(): Promise<void>;
}

export type EnsureResult = { ok: true; bin: string } | { ok: false; why: string };

const execFileAsync = promisify(execFile);

/** Debian keeps each major version's server binaries here, as <version>/bin. */
const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';
const SERVER_TOOLS = ['initdb', 'pg_ctl'] as const;
const DEFAULT_DATABASE_PREFIX = 'wandelcoach_test';
/** PostgreSQL truncates identifiers past 63 bytes; a truncated name would no longer be the one we return. */
const MAX_IDENTIFIER_LENGTH = 63;
const START_ATTEMPTS = 3;

/**
 * The directory holding initdb and pg_ctl: $PG_BIN if set (and then only that, so a wrong PG_BIN is noticed
 * rather than quietly replaced), else the highest version under /usr/lib/postgresql, else one on PATH.
 */
export function findPostgresBin(): string | undefined {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv) return hasServerTools(fromEnv) ? fromEnv : undefined;
  return debianBinDirs().find(hasServerTools) ?? binDirOnPath();
}

/** Finds the server binaries, installing Debian's postgresql package first when we are root and may. */
export function ensurePostgresInstalled(): EnsureResult {
  const found = findPostgresBin();
  if (found) return { ok: true, bin: found };
  const pgBin = process.env['PG_BIN'];
  if (pgBin) return { ok: false, why: `PG_BIN=${pgBin} does not hold executable initdb and pg_ctl` };
  const missing = `no PostgreSQL server binaries (initdb, pg_ctl) in ${DEBIAN_POSTGRES_ROOT}/*/bin or on PATH`;
  if (!isRoot()) {
    return {
      ok: false,
      why: `${missing}, and not root, so not installing them (install "postgresql" or set PG_BIN)`,
    };
  }
  if (!findOnPath('apt-get')) return { ok: false, why: `${missing}, and no apt-get to install them with` };

  process.stderr.write('PostgreSQL server binaries not found; installing "postgresql" with apt-get...\n');
  const installFailure = aptInstallPostgres();
  if (installFailure) return { ok: false, why: `${missing}; ${installFailure}` };
  const bin = findPostgresBin();
  return bin
    ? { ok: true, bin }
    : { ok: false, why: `${missing}, even after apt-get installed "postgresql"` };
}

/** initdb + pg_ctl start in a fresh temp dir. On failure the temp dir is removed and the log tail thrown. */
export async function startCluster(bin: string): Promise<Cluster> {
  const dir = await mkdtemp(join(tmpdir(), 'wandelcoach-pg-'));
  const paths = { dir, data: join(dir, 'data'), socket: join(dir, 'socket'), log: join(dir, 'postgres.log') };
  const pgCtl = join(bin, 'pg_ctl');
  try {
    await mkdir(paths.socket);
    // PostgreSQL refuses to run as root, so as root everything runs as the postgres system user.
    if (isRoot()) await chownToPostgres([paths.dir, paths.socket]);
    await runAsServerUser(join(bin, 'initdb'), initdbArgs(paths.data), dir);
    const port = await startOnFreePort(pgCtl, paths);
    return makeCluster(pgCtl, paths.data, dir, `postgres://postgres@127.0.0.1:${port}/postgres`);
  } catch (error) {
    // A server that came up but failed the -w wait would otherwise outlive the test run.
    await runAsServerUser(pgCtl, ['-D', paths.data, '-m', 'immediate', 'stop'], dir).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Creates an empty database named <prefix>_<16 hex digits> in the cluster and returns its URL. The random
 * part lets suites (and parallel runs) share one cluster without seeing each other's tables.
 */
export async function createTestDatabase(
  clusterUrl: string,
  prefix: string = DEFAULT_DATABASE_PREFIX,
): Promise<string> {
  const name = `${prefix}_${randomBytes(8).toString('hex')}`;
  assertSafeDatabaseName(name);
  await withAdminClient(clusterUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(clusterUrl, name);
}

/** Drops a database made by createTestDatabase, closing any connections still open to it. */
export async function dropTestDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  assertSafeDatabaseName(name);
  await withAdminClient(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

// --- finding and installing the binaries ---

function hasServerTools(dir: string): boolean {
  return SERVER_TOOLS.every((tool) => isExecutable(join(dir, tool)));
}

/** /usr/lib/postgresql/<version>/bin, highest version first (numeric, so 10 beats 9.6). */
function debianBinDirs(): string[] {
  let versions: string[];
  try {
    versions = readdirSync(DEBIAN_POSTGRES_ROOT);
  } catch {
    return [];
  }
  return versions
    .filter((version) => /^\d+(\.\d+)*$/.test(version))
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))
    .map((version) => join(DEBIAN_POSTGRES_ROOT, version, 'bin'));
}

/** Resolves symlinks (e.g. /usr/local/bin/initdb) so we report the real install dir. */
function binDirOnPath(): string | undefined {
  const initdb = findOnPath('initdb');
  if (!initdb) return undefined;
  const dir = dirname(realpathSync(initdb));
  return hasServerTools(dir) ? dir : undefined;
}

function aptInstallPostgres(): string | undefined {
  return aptInstall(['postgresql']);
}

/**
 * Installs Debian packages with apt-get, when we are root and have it; returns why it failed (or could
 * not try), or undefined on success.
 */
export function aptInstall(packages: readonly string[]): string | undefined {
  if (!isRoot()) return 'not root, so not installing with apt-get';
  if (!findOnPath('apt-get')) return 'no apt-get to install with';
  const install = ['install', '-y', '--no-install-recommends', ...packages];
  if (!aptGet(install)) return undefined;
  // A fresh machine often has no package lists yet, so the first install fails: update, then try once more.
  const updateFailure = aptGet(['update']);
  if (updateFailure) return `apt-get update failed: ${updateFailure}`;
  const retryFailure = aptGet(install);
  return retryFailure ? `apt-get install ${packages.join(' ')} failed: ${retryFailure}` : undefined;
}

/** Runs apt-get synchronously; returns why it failed, or undefined on success. */
function aptGet(args: readonly string[]): string | undefined {
  const result = spawnSync('apt-get', args, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    encoding: 'utf8',
    timeout: 10 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) return result.error.message;
  if (result.status === 0) return undefined;
  return `exit ${result.status ?? result.signal}\n${tail(`${result.stdout}${result.stderr}`)}`;
}

// --- running the cluster ---

interface ClusterPaths {
  readonly dir: string;
  readonly data: string;
  readonly socket: string;
  readonly log: string;
}

function initdbArgs(dataDir: string): string[] {
  return ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C'];
}

/**
 * Picks a free port and starts the server on it. Another process can take the port between our probe and
 * the server's bind, so a bind failure is retried with a fresh port.
 */
async function startOnFreePort(pgCtl: string, paths: ClusterPaths): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freeLoopbackPort();
    try {
      await runAsServerUser(pgCtl, pgCtlStartArgs(paths, port), paths.dir);
      return port;
    } catch (error) {
      const log = await readLogTail(paths.log);
      if (attempt < START_ATTEMPTS && /could not bind|address already in use/i.test(log)) continue;
      throw new Error(
        `PostgreSQL did not start: ${(error as Error).message}\n--- postgres.log (tail) ---\n${log}`,
        { cause: error },
      );
    }
  }
}

function pgCtlStartArgs(paths: ClusterPaths, port: number): string[] {
  // pg_ctl hands -o to the server through /bin/sh, so the socket path is shell-quoted there.
  // Durability is switched off: a test cluster is thrown away, and fsync dominates its run time.
  const serverOptions = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-k ${shellQuote(paths.socket)}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  return ['-D', paths.data, '-o', serverOptions, '-w', '-l', paths.log, 'start'];
}

function makeCluster(pgCtl: string, dataDir: string, dir: string, url: string): Cluster {
  // pg_ctl detaches the server (setsid), so it would outlive a test run that exits without teardown;
  // this last-chance hook stops it synchronously on any ordinary process exit.
  const stopOnExit = (): void => {
    spawnSync(...asServerUser(pgCtl, ['-D', dataDir, '-m', 'immediate', 'stop']), { cwd: dir });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);
  let stopped = false;
  return {
    url,
    dir,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off('exit', stopOnExit);
      try {
        await runAsServerUser(pgCtl, ['-D', dataDir, '-m', 'immediate', 'stop'], dir);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The command line to run a server tool: as the postgres user when we are root, else as ourselves. */
function asServerUser(command: string, args: readonly string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
}

/** cwd is the temp dir because the postgres user may not be able to enter ours (e.g. /root). */
async function runAsServerUser(command: string, args: readonly string[], cwd: string): Promise<void> {
  const [file, fileArgs] = asServerUser(command, args);
  try {
    await execFileAsync(file, fileArgs, { cwd, timeout: 120_000 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const name = command.split('/').pop();
    throw new Error(`${name} failed: ${firstLine((error as Error).message)}\n${tail(`${stdout}${stderr}`)}`, {
      cause: error,
    });
  }
}

async function chownToPostgres(paths: readonly string[]): Promise<void> {
  const { uid, gid } = await systemUserIds('postgres', 'PostgreSQL');
  for (const path of paths) await chown(path, uid, gid);
}

async function readLogTail(logFile: string): Promise<string> {
  try {
    return tail(await readFile(logFile, 'utf8'));
  } catch {
    return '(no log file)';
  }
}

function tail(text: string, lines = 25): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

// --- databases ---

function assertSafeDatabaseName(name: string): void {
  // Only [a-z0-9_], so the name needs no escaping in SQL or in a URL.
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || name.length > MAX_IDENTIFIER_LENGTH) {
    throw new Error(`not a test database name (want [a-z0-9_], at most ${MAX_IDENTIFIER_LENGTH}): ${name}`);
  }
}

function databaseUrl(clusterUrl: string, database: string): string {
  const url = new URL(clusterUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the cluster's own "postgres" database (CREATE/DROP DATABASE cannot run in the target). */
async function withAdminClient(
  anyUrl: string,
  statement: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(anyUrl, 'postgres') });
  await client.connect();
  try {
    await statement(client);
  } finally {
    await client.end();
  }
}
