/**
 * Child processes for the tests that run real programs (the built server and command, PgBouncer,
 * HAProxy): started with their output kept for failure messages, stopped with a deadline, and killed on
 * any exit of the test process so none outlives a run. The one place these suites spawn and wait.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningProcess {
  readonly child: ChildProcess;
  /** A short name for messages: "pgbouncer", "server". */
  readonly name: string;
  /** Settles when the process has exited, however it ended. */
  readonly exited: Promise<Exit>;
  /** Everything it printed so far, both streams in the order they came, for failure messages. */
  output(): string;
  /** Its standard output alone: what a command answers with, or a server's "running at" line. */
  stdout(): string;
  stderr(): string;
  isRunning(): boolean;
}

/** Everything started here that may still run; killed at exit of the test process as a last resort. */
const running = new Set<ChildProcess>();

process.once('exit', () => {
  // Synchronous on purpose: nothing asynchronous runs in an exit handler.
  for (const child of running) child.kill('SIGKILL');
});

export function withTimeout<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(what()));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Starts `command`, draining its output for its whole life so it never blocks on a full pipe. */
export function startProcess(
  name: string,
  command: string,
  args: readonly string[],
  options: Omit<SpawnOptions, 'stdio'>,
): RunningProcess {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
    // A process that could not be started at all (no such file) never exits: say so as an exit.
    child.once('error', () => {
      if (child.pid === undefined) {
        running.delete(child);
        resolve({ code: null, signal: null });
      }
    });
  });
  const text = { both: '', stdout: '', stderr: '' };
  for (const key of ['stdout', 'stderr'] as const) {
    child[key].setEncoding('utf8').on('data', (chunk: string) => {
      text.both += chunk;
      text[key] += chunk;
    });
  }
  return {
    child,
    name,
    exited,
    output: () => `--- ${name} said ---\n${text.both.trimEnd() || '(nothing)'}`,
    stdout: () => text.stdout,
    stderr: () => text.stderr,
    isRunning: () => child.exitCode === null && child.signalCode === null && child.pid !== undefined,
  };
}

/** SIGTERM, then SIGKILL if it has not gone within `graceMs`. Resolves with how it ended. */
export async function stopProcess(target: RunningProcess, graceMs = 5_000): Promise<Exit> {
  if (!target.isRunning()) return target.exited;
  target.child.kill('SIGTERM');
  try {
    return await withTimeout(target.exited, graceMs, () => `${target.name} ignored SIGTERM`);
  } catch {
    target.child.kill('SIGKILL');
    return target.exited;
  }
}

/** SIGKILL and wait for the exit: for clean-up after a test, when nothing it would say matters. */
export async function killProcess(target: RunningProcess): Promise<void> {
  if (target.isRunning()) target.child.kill('SIGKILL');
  await target.exited;
}
