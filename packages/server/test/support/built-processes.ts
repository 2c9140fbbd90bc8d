/**
 * The built server and the built `wandelcoach` command as real processes, for the suites that must see
 * what a clinic's machine sees: signals, exit codes, sockets. Only 127.0.0.1 is ever contacted.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import type { Dialect } from '../../src/db/database.js';
import { killProcess, startProcess, withTimeout, type Exit, type RunningProcess } from './child-processes.js';
import { createTestDatabase, dropTestDatabase } from './postgres-cluster.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SERVER_BIN = path.join(REPO_ROOT, 'packages/server/bin/wandelcoach-server.js');
const CLI_BIN = path.join(REPO_ROOT, 'packages/cli/bin/wandelcoach.js');
const BUILT = [
  path.join(REPO_ROOT, 'packages/server/dist/start.js'),
  path.join(REPO_ROOT, 'packages/cli/dist/main.js'),
];

const STARTUP_TIMEOUT_MS = 20_000;
const READY_LINE = /Wandelcoach is running at (http:\/\/127\.0\.0\.1:\d+)/;

export interface ServerProcess extends RunningProcess {
  /** http://127.0.0.1:PORT, from the line the server prints once it listens. */
  readonly url: string;
}

/** Every process started here, so a suite's afterEach can kill whatever a failed test left running. */
const started = new Set<RunningProcess>();
const cleanups: (() => Promise<void>)[] = [];

export function assertBuilt(): void {
  // The suites run the real entry points, which import dist/; `npm test` builds first.
  const missing = BUILT.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `This suite runs the built server and CLI, but ${missing.join(', ')} is missing. Run \`npm run build\` first.`,
    );
  }
}

/** The environment a process gets: ours, minus any database setting that would point it elsewhere. */
export function processEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1' };
  delete env['DATABASE_URL'];
  delete env['DATA_DIR'];
  delete env['SHUTDOWN_GRACE_MS'];
  return { ...env, ...settings };
}

function startNode(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  const child = startProcess(name, process.execPath, [script, ...args], { cwd: REPO_ROOT, env });
  started.add(child);
  return child;
}

/** Starts the built server and resolves with its address once it says it is running. */
export async function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const server = startNode('server', SERVER_BIN, [], env);
  const out = server.child.stdout;
  const ready = new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = READY_LINE.exec(server.stdout());
      if (match?.[1] !== undefined) {
        out?.off('data', onData);
        resolve(match[1]);
      }
    };
    // Added after startProcess's own listener, so server.stdout() already holds the chunk.
    out?.on('data', onData);
    void server.exited.then((exit) => {
      reject(
        new Error(`the server exited before it was ready (${JSON.stringify(exit)})\n${server.output()}`),
      );
    });
  });
  const url = await withTimeout(
    ready,
    STARTUP_TIMEOUT_MS,
    () => `the server did not say it was running within ${STARTUP_TIMEOUT_MS} ms\n${server.output()}`,
  );
  return { ...server, url };
}

export interface FreshServer {
  /** DATA_DIR or DATABASE_URL: the data a server started again with `env` finds. */
  database: Record<string, string>;
  env: NodeJS.ProcessEnv;
  server: ServerProcess;
}

/**
 * Checks the build, makes a database (removed by `cleanUpProcesses`) and starts the server on it;
 * `settings` are added to its environment.
 */
export async function startServerOnFreshDatabase(
  dialect: Dialect,
  name: string,
  settings: Record<string, string> = {},
): Promise<FreshServer> {
  assertBuilt();
  const database = await databaseFor(dialect, name);
  const env = processEnv({ ...database, ...settings });
  return { database, env, server: await startServerProcess(env) };
}

/** SIGTERM, and the exit it led to; fails if the server takes longer than `timeoutMs` to stop. */
export async function stopServerProcess(server: ServerProcess, timeoutMs = 15_000): Promise<Exit> {
  server.child.kill('SIGTERM');
  return withTimeout(
    server.exited,
    timeoutMs,
    () => `the server did not stop within ${timeoutMs} ms of SIGTERM\n${server.output()}`,
  );
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `wandelcoach` command without blocking this process, so requests to a server can go
 * on while it runs.
 */
export async function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<CliRun> {
  const cli = startNode(`wandelcoach ${args.join(' ')}`, CLI_BIN, args, env);
  const exit = await withTimeout(
    cli.exited,
    timeoutMs,
    () => `${cli.name} did not finish within ${timeoutMs} ms\n${cli.stderr()}`,
  );
  // The pipes may hold the last output for a moment after the exit.
  await new Promise((resolve) => setImmediate(resolve));
  return { code: exit.code, stdout: cli.stdout(), stderr: cli.stderr() };
}

/** A database the server can reach (removed after the test), as the environment that names it. */
export async function databaseFor(dialect: Dialect, name: string): Promise<Record<string, string>> {
  if (dialect === 'sqlite') return { DATA_DIR: scratchFolder(name) };
  const url = await createTestDatabase(inject('postgresUrl'), `wandelcoach_${name}`);
  cleanups.push(() => dropTestDatabase(url));
  return { DATABASE_URL: url };
}

/** A folder removed after the test. */
export function scratchFolder(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `wandelcoach-${name}-`));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** For afterEach: processes first, so no database (or its folder) vanishes under a running server. */
export async function cleanUpProcesses(): Promise<void> {
  for (const running of started) {
    await killProcess(running);
    started.delete(running);
  }
  for (const cleanup of cleanups.splice(0)) await cleanup().catch(() => undefined);
}
