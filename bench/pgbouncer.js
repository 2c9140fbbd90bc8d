// Debian's PgBouncer for the API benchmark, in transaction pooling on a free loopback port, in front of
// the benchmark's throwaway cluster: how docs/scaling.md advises running many server processes on one
// PostgreSQL. Plain JavaScript (node runs the benchmarks without a TypeScript step), after
// packages/server/test/support/pgbouncer.ts. As root it runs as the postgres user, which it requires.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { freeLoopbackPort } from './pg-cluster.js';

const execFileAsync = promisify(execFile);
const POOLED = 'wandelcoach';

/** The pgbouncer program on PATH or in Debian's places; undefined when it is not installed. */
export function findPgBouncer() {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/sbin', '/usr/bin'];
  for (const dir of dirs.filter(Boolean)) {
    try {
      accessSync(join(dir, 'pgbouncer'), constants.X_OK);
      return join(dir, 'pgbouncer');
    } catch {
      // not here
    }
  }
  return undefined;
}

/** @param {number} port */
function listening(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * @param {string} bin
 * @param {{ upstreamPort: number, database: string, poolSize: number }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startPgBouncer(bin, options) {
  const dir = await mkdtemp(join(tmpdir(), 'wandelcoach-bench-pgbouncer-'));
  const password = randomBytes(16).toString('hex');
  const port = await freeLoopbackPort();
  const userlist = join(dir, 'userlist.txt');
  const ini = join(dir, 'pgbouncer.ini');
  await writeFile(userlist, `"${POOLED}" "${password}"\n`, { mode: 0o600 });
  await writeFile(
    ini,
    `[databases]
${POOLED} = host=127.0.0.1 port=${options.upstreamPort} dbname=${options.database} user=postgres

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = scram-sha-256
auth_file = ${userlist}
pool_mode = transaction
default_pool_size = ${options.poolSize}
max_db_connections = ${options.poolSize}
reserve_pool_size = 0
max_client_conn = 500
log_connections = 0
log_disconnections = 0
`,
    { mode: 0o600 },
  );
  /** @type {{ uid?: number, gid?: number }} */
  let owner = {};
  if (process.getuid?.() === 0) {
    const id = async (/** @type {string} */ flag) =>
      Number.parseInt((await execFileAsync('id', [flag, 'postgres'])).stdout.trim(), 10);
    owner = { uid: await id('-u'), gid: await id('-g') };
    await Promise.all([dir, userlist, ini].map((path) => chown(path, owner.uid ?? 0, owner.gid ?? 0)));
  }
  let output = '';
  const child = spawn(bin, [ini], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], ...owner });
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`PgBouncer did not start: ${output.trim().split('\n').slice(-5).join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.once('exit', () => child.kill('SIGKILL'));
  return { url: `postgres://${POOLED}:${password}@127.0.0.1:${port}/${POOLED}`, stop };
}
