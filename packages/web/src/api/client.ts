/**
 * Talks to the Wandelcoach API. Keeps the CSRF token the server hands out and sends it on every
 * request that changes something; turns problem details into an {@link ApiError}.
 */
import type {
  Cue,
  IntakeInput,
  PlanOutput,
  Reason,
  Session,
  TriageResult,
  WalkLog,
  WalkLogInput,
} from '@wandelcoach/engine';

/** A stored walk, as the API gives it. */
export interface Walk extends WalkLog {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface TodaySession extends Omit<Session, 'cues'> {
  cues: { code: Cue; label: string; spoken: string }[];
}

/** `GET /me/progress`: minutes planned and walked per week, pain over time, the decisions. */
export interface Progress {
  /** The language of the decisions' messages (the intake's). */
  locale: 'nl' | 'en';
  weeks: {
    week: number;
    startDate: string;
    endDate: string;
    projected: boolean;
    planned: { forward: number; retro: number };
    walked: { forward: number; retro: number };
  }[];
  pain: { date: string; painDuring: number; painNextMorning: number | null }[];
  decisions: PlanOutput['decisions'];
}

/** `GET /me/today`: today's walks with their cues' words, and what was already walked. */
export interface Today {
  date: string;
  locale: 'nl' | 'en';
  triage: TriageResult;
  week: number | null;
  sessions: TodaySession[];
  walked: Walk[];
  /**
   * When the plan has ended, why and that the intake is to be renewed. Optional: a day kept on the
   * device by an earlier version of the app has no such field.
   */
  ended?: Reason | null;
}

/** The server's reasons for refusing a password (its `WEAKNESSES`). */
export type PasswordWeakness = 'like-email' | 'common' | 'repeat' | 'series' | 'dates' | 'guessable';

export interface FieldError {
  path: string;
  message: string;
  /** `weak-password`: the password is too easy to guess, for the `reason` given. */
  code?: 'weak-password';
  /** Why a password is too easy to guess; the app words it from its own catalogue. */
  reason?: PasswordWeakness;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }

  /** The problem's kind, e.g. `conflict`, from `urn:wandelcoach:problem:conflict`. */
  get kind(): string | undefined {
    return this.problem?.type.split(':').pop();
  }
}

/** Thrown when the server cannot be reached at all. */
export class OfflineError extends Error {
  override readonly name = 'OfflineError';
}

export interface Account {
  id: string;
  email: string;
  role: 'patient' | 'clinician';
  locale: 'nl' | 'en';
  timeZone: string;
}

export interface SessionAnswer {
  account: Account;
  csrfToken: string;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export class ApiClient {
  private csrfToken: string | undefined;

  constructor(
    private readonly fetcher: Fetch = (input, init) => fetch(input, init),
    private readonly base = '/api/v1',
  ) {}

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken !== undefined) headers['x-csrf-token'] = this.csrfToken;
    let response: Response;
    try {
      response = await this.fetcher(`${this.base}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
    } catch {
      throw new OfflineError('The server could not be reached.');
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => undefined)) as Problem | undefined;
      const retryAfter = response.headers.get('retry-after');
      throw new ApiError(response.status, problem, retryAfter === null ? undefined : Number(retryAfter));
    }
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  private remember(answer: SessionAnswer): SessionAnswer {
    this.csrfToken = answer.csrfToken;
    return answer;
  }

  async signUp(input: { email: string; password: string; locale: 'nl' | 'en'; timeZone: string }) {
    return this.remember(await this.request<SessionAnswer>('POST', '/accounts', input));
  }

  async signIn(input: { email: string; password: string }) {
    return this.remember(await this.request<SessionAnswer>('POST', '/session', input));
  }

  /** The signed-in account, or undefined when nobody is signed in. */
  async session(): Promise<SessionAnswer | undefined> {
    try {
      return this.remember(await this.request<SessionAnswer>('GET', '/session'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return undefined;
      throw error;
    }
  }

  /** Stores the intake; the answer is the plan it gives (the contract's output). */
  putIntake(intake: IntakeInput): Promise<PlanOutput> {
    return this.request<PlanOutput>('PUT', '/me/intake', intake);
  }

  /** The intake as stored, or undefined when there is none yet. */
  async intake(): Promise<IntakeInput | undefined> {
    try {
      return await this.request<IntakeInput>('GET', '/me/intake');
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'no-intake') return undefined;
      throw error;
    }
  }

  /** The plan for today, or undefined when there is no intake yet. */
  async plan(): Promise<PlanOutput | undefined> {
    try {
      return await this.request<PlanOutput>('GET', '/me/plan');
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'no-intake') return undefined;
      throw error;
    }
  }

  today(): Promise<Today> {
    return this.request<Today>('GET', '/me/today');
  }

  /** Logs a walk under an id made here, so a retry after a lost answer is never stored twice. */
  logWalk(log: WalkLogInput, id: string = crypto.randomUUID()): Promise<Walk> {
    return this.request<Walk>('POST', '/me/walks', { id, ...log });
  }

  progress(): Promise<Progress> {
    return this.request<Progress>('GET', '/me/progress');
  }

  async walks(): Promise<Walk[]> {
    return (await this.request<{ walks: Walk[] }>('GET', '/me/walks')).walks;
  }

  /** Adds to a logged walk, such as the next morning's pain. */
  changeWalk(id: string, changes: Partial<Omit<WalkLog, 'date' | 'kind'>>): Promise<Walk> {
    return this.request<Walk>('PATCH', `/me/walks/${id}`, changes);
  }

  /** Deletes the account and everything about the person; the password confirms it. */
  async deleteAccount(password: string): Promise<void> {
    await this.request('DELETE', '/me', { password });
    this.csrfToken = undefined;
  }

  async signOut(): Promise<void> {
    await this.request('DELETE', '/session');
    this.csrfToken = undefined;
  }
}
