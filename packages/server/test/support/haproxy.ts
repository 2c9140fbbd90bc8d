/**
 * Debian's HAProxy as the load balancer in front of several server processes: round robin, health
 * checks on GET /healthz, on a free loopback port. Every answer says which server gave it
 * (`X-Served-By`), so a test can tell the processes apart without trusting the order.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startProcess, type RunningProcess } from './child-processes.js';
import { startDaemon } from './daemons.js';
import { findExecutable } from './executables.js';

const START_TIMEOUT_MS = 10_000;
export const SERVED_BY_HEADER = 'x-served-by';

export interface Backend {
  /** Letters and digits: the name HAProxy gives in X-Served-By. */
  name: string;
  port: number;
}

export interface LoadBalancer {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly process: RunningProcess;
  stop(): Promise<void>;
}

export function findHaproxy(): string | undefined {
  return findExecutable('haproxy');
}

export async function startHaproxy(bin: string, backends: readonly Backend[]): Promise<LoadBalancer> {
  const daemon = await startDaemon('haproxy', {
    launch: async (port, dir) => {
      const file = join(dir, 'haproxy.cfg');
      await writeFile(file, configuration(port, backends));
      // -db: stay in the foreground, our child, logging to our pipe. HAProxy drops no privileges unless
      // told to, and binds no port below 1024 here, so root or not makes no difference.
      return startProcess('haproxy', bin, ['-db', '-f', file], { cwd: dir, env: {} });
    },
    portTaken: /address already in use|cannot bind/i,
    timeoutMs: START_TIMEOUT_MS,
  });
  return { url: `http://127.0.0.1:${daemon.port}`, process: daemon.process, stop: daemon.stop };
}

function configuration(port: number, backends: readonly Backend[]): string {
  return `global
  maxconn 1000

defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout http-request 10s
  # A connection refused by a dead server is tried again on another one. Only connecting is retried
  # (HAProxy's default retry-on): a request already sent is never sent twice; that is the client's call.
  retries 3
  option redispatch 1

frontend web
  bind 127.0.0.1:${port}
  # The servers run with TRUST_PROXY and take the first X-Forwarded-For address as the client's: only
  # the address HAProxy saw may be in it, never one a client made up.
  http-request del-header x-forwarded-for
  option forwardfor
  default_backend servers

backend servers
  balance roundrobin
  option httpchk
  http-check send meth GET uri /healthz ver HTTP/1.1 hdr host 127.0.0.1
  http-check expect status 200
  # Checked every 300 ms; out after 2 failures, back after 1 success. A dead process refuses at once;
  # a busy one (the whole suite runs beside this on 2 cores) gets 3 s to answer before it counts as down.
  timeout check 3s
  default-server inter 300ms fall 2 rise 1
  http-response set-header ${SERVED_BY_HEADER} %[srv_name]
${backends.map((backend) => `  server ${backend.name} 127.0.0.1:${backend.port} check`).join('\n')}
`;
}
