// A throwaway PostgreSQL cluster for the API benchmark: the few bits of
// packages/server/test/support/postgres-cluster.ts that the benchmark needs, in plain JavaScript so it
// runs without a TypeScript step. Its own temp dir, a random loopback port, trust auth, and as root
// everything runs as the postgres system user (PostgreSQL refuses to run as root). Nothing is installed.
import { execFile, spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, realpathSync, rmSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const execFileAsync = promisify(execFile);
const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';

/**
 * @typedef {object} Cluster
 * @property {string} url postgres://postgres@127.0.0.1:PORT/postgres (trust auth, no password)
 * @property {() => Promise<void>} stop stops the server at once and removes its temp dir; idempotent
 */

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} dir */
function hasServerTools(dir) {
  return isExecutable(join(dir, 'initdb')) && isExecutable(join(dir, 'pg_ctl'));
}

/**
 * The directory holding initdb and pg_ctl: $PG_BIN, else the highest version under
 * /usr/lib/postgresql, else the one on PATH. Returns why not when there is none.
 * @returns {{ ok: true, bin: string } | { ok: false, why: string }}
 */
export function findPostgresBin() {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv) {
    return hasServerTools(fromEnv)
      ? { ok: true, bin: fromEnv }
      : { ok: false, why: `PG_BIN=${fromEnv} does not hold executable initdb and pg_ctl` };
  }
  /** @type {string[]} */
  let versions = [];
  try {
    versions = readdirSync(DEBIAN_POSTGRES_ROOT).filter((version) => /^\d+(\.\d+)*$/.test(version));
  } catch {
    // no Debian-style install
  }
  versions.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  const debian = versions.map((version) => join(DEBIAN_POSTGRES_ROOT, version, 'bin')).find(hasServerTools);
  if (debian) return { ok: true, bin: debian };
  const onPath = (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'initdb'))
    .find(isExecutable);
  if (onPath && hasServerTools(dirname(realpathSync(onPath)))) {
    return { ok: true, bin: dirname(realpathSync(onPath)) };
  }
  return {
    ok: false,
    why: `no PostgreSQL server binaries (initdb, pg_ctl) in ${DEBIAN_POSTGRES_ROOT}/*/bin or on PATH; install "postgresql" or set PG_BIN`,
  };
}

function isRoot() {
  return process.getuid?.() === 0;
}

/**
 * @param {string} command
 * @param {readonly string[]} args
 * @returns {[string, string[]]}
 */
function asServerUser(command, args) {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
}

/**
 * @param {string} command
 * @param {readonly string[]} args
 * @param {string} cwd the temp dir: the postgres user may not be able to enter ours (e.g. /root)
 */
async function runAsServerUser(command, args, cwd) {
  const [file, fileArgs] = asServerUser(command, args);
  try {
    await execFileAsync(file, fileArgs, { cwd, timeout: 120_000 });
  } catch (error) {
    const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    const message = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
    throw new Error(`${command.split('/').pop()} failed: ${message}\n${`${stdout}${stderr}`.trim()}`, {
      cause: error,
    });
  }
}

/** @returns {Promise<number>} */
export function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not read a free port'))));
    });
  });
}

/** @param {string} text */
function shellQuote(text) {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * initdb + pg_ctl start in a fresh temp dir. Durability settings are PostgreSQL's defaults (fsync and
 * synchronous_commit on), as in production, so a commit waits for its WAL flush.
 * @param {string} bin
 * @returns {Promise<Cluster>}
 */
export async function startCluster(bin) {
  const dir = await mkdtemp(join(tmpdir(), 'wandelcoach-bench-pg-'));
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  const log = join(dir, 'postgres.log');
  const pgCtl = join(bin, 'pg_ctl');
  const stopNow = () => runAsServerUser(pgCtl, ['-D', data, '-m', 'immediate', 'stop'], dir);
  /** @type {number} */
  let port;
  try {
    await mkdir(socket);
    if (isRoot()) {
      const id = (/** @type {string} */ flag) =>
        execFileAsync('id', [flag, 'postgres']).then(({ stdout }) => Number.parseInt(stdout.trim(), 10));
      const [uid, gid] = await Promise.all([id('-u'), id('-g')]);
      await chown(dir, uid, gid);
      await chown(socket, uid, gid);
    }
    await runAsServerUser(
      join(bin, 'initdb'),
      ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C'],
      dir,
    );
    port = await freeLoopbackPort();
    const serverOptions = [`-p ${port}`, '-c listen_addresses=127.0.0.1', `-k ${shellQuote(socket)}`].join(
      ' ',
    );
    try {
      await runAsServerUser(pgCtl, ['-D', data, '-o', serverOptions, '-w', '-l', log, 'start'], dir);
    } catch (error) {
      const tail = await readFile(log, 'utf8').catch(() => '(no log file)');
      throw new Error(
        `PostgreSQL did not start: ${String(error)}\n${tail.trim().split('\n').slice(-15).join('\n')}`,
        { cause: error },
      );
    }
  } catch (error) {
    await stopNow().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  // pg_ctl detaches the server, so it would outlive a benchmark that dies; stop it on any exit.
  const stopOnExit = () => {
    const [file, args] = asServerUser(pgCtl, ['-D', data, '-m', 'immediate', 'stop']);
    spawnSync(file, args, { cwd: dir });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off('exit', stopOnExit);
      try {
        await stopNow();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Creates a database in the cluster and returns its URL.
 * @param {string} clusterUrl
 * @param {string} name [a-z0-9_] only
 */
export async function createDatabase(clusterUrl, name) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a safe database name: ${name}`);
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
