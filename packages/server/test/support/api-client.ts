/**
 * The API over real HTTP with fetch, for the suites that run the built server as its own process.
 * Only 127.0.0.1 is ever contacted.
 */

export const PASSWORD = 'lopen-helpt-echt';
/** Well before any "today" the server could have, so no walk is refused as being in the future. */
export const WALK_DATE = '2024-03-01';

/** A walk to upload, different each time so the server never answers a retry's 200. */
export function walkBody(id: string, n: number): Record<string, unknown> {
  return {
    id,
    date: WALK_DATE,
    kind: n % 2 === 0 ? 'forward' : 'retro',
    minutes: 10 + (n % 20),
    painDuring: 2,
  };
}

/** What sign-up and sign-in answer with; the rest of the body does not matter here. */
function csrfTokenOf(body: unknown): string {
  if (
    typeof body === 'object' &&
    body !== null &&
    'csrfToken' in body &&
    typeof body.csrfToken === 'string'
  ) {
    return body.csrfToken;
  }
  throw new Error(`no csrfToken in ${JSON.stringify(body)}`);
}

function walkIdsOf(body: unknown): string[] {
  if (typeof body === 'object' && body !== null && 'walks' in body && Array.isArray(body.walks)) {
    return body.walks.map((walk: unknown) => {
      if (typeof walk === 'object' && walk !== null && 'id' in walk && typeof walk.id === 'string') {
        return walk.id;
      }
      throw new Error(`a walk without an id: ${JSON.stringify(walk)}`);
    });
  }
  throw new Error(`no walks in ${JSON.stringify(body)}`);
}

/** A browser as far as the API can tell: the session cookie, the CSRF token, no cross-site Origin. */
export class ApiClient {
  private cookie: string | undefined;
  private csrfToken: string | undefined;

  constructor(private readonly baseUrl: string) {}

  /** Resolves as soon as the status is known: a 201 has been sent, so the walk is committed. */
  async send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.cookie !== undefined) headers['cookie'] = this.cookie;
    if (this.csrfToken !== undefined) headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const response = await this.send(method, path, body);
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  }

  async signUp(email: string): Promise<void> {
    await this.startSession('POST', '/accounts', { email, password: PASSWORD }, 201);
  }

  async signIn(email: string): Promise<void> {
    await this.startSession('POST', '/session', { email, password: PASSWORD }, 200);
  }

  /** The ids of every walk the server has for this account. */
  async walkIds(): Promise<string[]> {
    const listed = await this.request('GET', '/me/walks');
    if (listed.status !== 200) throw new Error(`GET /me/walks answered ${listed.status}`);
    return walkIdsOf(listed.body);
  }

  private async startSession(method: string, path: string, body: unknown, expected: number): Promise<void> {
    const response = await this.send(method, path, body);
    const text = await response.text();
    if (response.status !== expected) {
      throw new Error(`${method} ${path} answered ${response.status}, not ${expected}: ${text}`);
    }
    const [pair] = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
    if (pair === undefined) throw new Error(`${method} ${path} set no session cookie`);
    this.cookie = pair;
    this.csrfToken = csrfTokenOf(JSON.parse(text) as unknown);
  }
}
