/**
 * A browser, as far as the API can tell (the session cookie, the CSRF token, no cross-site Origin),
 * over real HTTP from its own loopback address: 127.0.0.0/8 is all this machine, so each client can
 * come from a different address and the servers' per-address rate limits see different people.
 */
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { PASSWORD } from './api-client.js';
import { SERVED_BY_HEADER } from './haproxy.js';

const REQUEST_TIMEOUT_MS = 15_000;

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The JSON body, when there is one. */
  body: any;
  text: string;
  /** The server HAProxy sent the request to. */
  servedBy: string | undefined;
}

export class LoopbackClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  private readonly agent: Agent;
  private readonly base: URL;

  constructor(
    baseUrl: string,
    readonly sourceAddress = '127.0.0.1',
  ) {
    this.base = new URL(baseUrl);
    // Kept alive, as a browser would; one connection at a time is all a client here needs.
    this.agent = new Agent({ keepAlive: true, maxSockets: 1 });
  }

  /** Rejects only when no answer came (a reset, a timeout); any status resolves. */
  send(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (this.cookie !== undefined) headers['cookie'] = this.cookie;
    if (this.csrfToken !== undefined) headers['x-csrf-token'] = this.csrfToken;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    return new Promise<Answer>((resolve, reject) => {
      const outgoing = request(
        {
          host: this.base.hostname,
          port: this.base.port,
          localAddress: this.sourceAddress,
          agent: this.agent,
          method,
          path: `/api/v1${path}`,
          headers,
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const json = (incoming.headers['content-type'] ?? '').includes('json') && text !== '';
            const servedBy = incoming.headers[SERVED_BY_HEADER];
            resolve({
              status: incoming.statusCode ?? 0,
              headers: incoming.headers,
              body: json ? JSON.parse(text) : undefined,
              text,
              servedBy: typeof servedBy === 'string' ? servedBy : undefined,
            });
          });
        },
      );
      outgoing.setTimeout(REQUEST_TIMEOUT_MS, () => {
        outgoing.destroy(new Error(`no answer to ${method} ${path} within ${REQUEST_TIMEOUT_MS} ms`));
      });
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }

  /** Signs up and keeps the session; returns the answer whatever it was. */
  async signUp(email: string): Promise<Answer> {
    const answer = await this.send('POST', '/accounts', { email, password: PASSWORD });
    if (answer.status === 201) this.remember(answer);
    return answer;
  }

  async signIn(email: string): Promise<Answer> {
    const answer = await this.send('POST', '/session', { email, password: PASSWORD });
    if (answer.status === 200) this.remember(answer);
    return answer;
  }

  close(): void {
    this.agent.destroy();
  }

  private remember(answer: Answer): void {
    const [pair] = (answer.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]);
    if (pair === undefined) throw new Error(`no session cookie in ${answer.status} ${answer.text}`);
    this.cookie = pair;
    this.csrfToken = answer.body.csrfToken;
  }
}
