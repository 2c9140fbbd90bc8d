/**
 * Daemons the tests start on loopback (HAProxy, PgBouncer): each with its own temp folder for its
 * configuration, on a free port of 127.0.0.1, started again on a fresh port when another process took
 * the one we picked. Only 127.0.0.1 is ever contacted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep, stopProcess, type RunningProcess } from './child-processes.js';

const START_ATTEMPTS = 3;

export interface Daemon {
  readonly port: number;
  readonly process: RunningProcess;
  /** Stops it (SIGTERM, then SIGKILL) and removes its folder; a plain function, to pass on as it is. */
  readonly stop: () => Promise<void>;
}

export interface DaemonStart {
  /** Writes the configuration for `port` into `dir` and starts the program. */
  launch(port: number, dir: string): Promise<RunningProcess>;
  /** What the program prints when the port was taken before it could bind it. */
  portTaken: RegExp;
  timeoutMs: number;
}

/**
 * Starts a daemon and waits until it listens. A free port is only free when we probe it, so a daemon
 * that says `portTaken` is stopped and started again on a fresh one. Its folder goes with stop(), or at
 * once when it never listened.
 */
export async function startDaemon(name: string, start: DaemonStart): Promise<Daemon> {
  const dir = await mkdtemp(join(tmpdir(), `wandelcoach-${name}-`));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    for (let attempt = 1; ; attempt++) {
      const port = await freeLoopbackPort();
      const started = await start.launch(port, dir);
      try {
        await waitUntilListening(started, port, start.timeoutMs);
      } catch (error) {
        await stopProcess(started);
        if (attempt < START_ATTEMPTS && start.portTaken.test(started.output())) continue;
        throw error;
      }
      return {
        port,
        process: started,
        stop: async () => {
          await stopProcess(started);
          await removeDir();
        },
      };
    }
  } catch (error) {
    await removeDir();
    throw error;
  }
}

/** A port nobody listens on right now; another process may take it before we do, so binders retry. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        if (port > 0) resolve(port);
        else reject(new Error('could not read a free port'));
      });
    });
  });
}

/**
 * Waits until `target` accepts connections on 127.0.0.1:`port`. Fails at once when it exits first
 * (a port taken between our probe and its bind, a bad configuration), with what it printed.
 */
async function waitUntilListening(target: RunningProcess, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!target.isRunning()) {
      throw new Error(`${target.name} exited before it listened on port ${port}\n${target.output()}`);
    }
    if (await accepts(port)) return;
    if (Date.now() > deadline) {
      throw new Error(
        `${target.name} did not listen on port ${port} within ${timeoutMs} ms\n${target.output()}`,
      );
    }
    await sleep(50);
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
