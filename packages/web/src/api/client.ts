/**
 * Talks to the Wandelcoach API. Keeps the CSRF token the server hands out and sends it on every
 * request that changes something; turns problem details into an {@link ApiError}.
 */
import type * as Api from '@wandelcoach/server/api-types';
import type {
  OutcomeAnswer,
  OutcomeAnswerRequest,
  OutcomeMeasures,
  OutcomeTimepoint,
} from '../check-in/types.js';

// The shapes are the server's own (inferred from the schemas its routes validate and answer with),
// imported as types only: a server change that breaks the app fails `npm run typecheck`, and the
// browser bundle carries none of the server's code.

export type Account = Api.Account;
export type SessionAnswer = Api.SessionAnswer;
/** Look in the mailbox: the same answer whether or not the address has an account. */
export type CheckEmailAnswer = Api.CheckEmailAnswer;
/** A stored walk, as the API gives it. */
export type Walk = Api.Walk;
/**
 * `GET /me/today`: today's walks with their cues' words, and what was already walked; before the
 * intake, `hasIntake: false` with no safety check and no walks.
 */
export type Today = Api.TodayAnswer;
/** Today once there is an intake: the safety check's outcome, the week and day, the walks. */
export type TodayWithIntake = Api.TodayWithIntake;
export type TodaySession = Api.TodaySession;
/** `GET /me/progress`: minutes planned and walked per week, pain over time, the decisions. */
export type Progress = Api.ProgressAnswer;
/** The plan contract's output. */
export type PlanOutput = Api.PlanAnswer;
export type Problem = Api.Problem;
export type FieldError = Api.FieldError;
/** `POST /me/care-team/preview`: the practice, the clinician, the name given, and the consent. */
export type LinkPreview = Api.LinkPreviewAnswer;
/** One running link with a practice. */
export type CareLink = Api.CareLinkAnswer;
/** `GET /me/care-team`: the running links, and the last ones that ended. */
export type CareTeam = Api.CareTeamAnswer;
/** A link that ended: which practice, from when to when, and who ended it. */
export type EndedCareLink = CareTeam['ended'][number];
/** A page of who reached the person's record, newest first. */
export type AccessLog = Api.AccessLogAnswer;
export type AccessLogEntry = AccessLog['entries'][number];
/** The server's reasons for refusing a password. */
export type PasswordWeakness = NonNullable<FieldError['reason']>;

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
    // An answer without a body (an invitation on its way: 202) has nothing to read.
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  /**
   * A clinician's request under `/clinician` (the clinician's screens type their own answers from
   * the server's types), with the session's CSRF token like every other change.
   */
  clinician<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: `/clinician/${string}`,
    body?: unknown,
  ): Promise<T> {
    return this.request<T>(method, path, body);
  }

  /** Whether this client knows a session's CSRF token, so it can change things. */
  get hasSession(): boolean {
    return this.csrfToken !== undefined;
  }

  private remember(answer: SessionAnswer): SessionAnswer {
    this.csrfToken = answer.csrfToken;
    return answer;
  }

  /**
   * A request of a part of the app loaded on demand (the clinicians' screens, `clinician/api.ts`),
   * with this client's session and CSRF token; their typed calls live with them, out of the first load.
   */
  call<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return this.request<T>(method, path, body);
  }

  /** Keeps the CSRF token of a sign-in made through {@link call} (joining a practice). */
  signedInWith(answer: SessionAnswer): SessionAnswer {
    return this.remember(answer);
  }

  /**
   * Signs up: signed in at once, or (on a server that sends mail) "check your email", where the
   * account waits for the mailed link.
   */
  async signUp(input: Api.SignUpRequest): Promise<SessionAnswer | CheckEmailAnswer> {
    const answer = await this.request<SessionAnswer | CheckEmailAnswer>('POST', '/accounts', input);
    return 'checkEmail' in answer ? answer : this.remember(answer);
  }

  /** Asks for a reset link by mail; the answer is the same whether or not the address has an account. */
  async requestPasswordReset(input: Api.PasswordResetRequest): Promise<void> {
    await this.request<CheckEmailAnswer>('POST', '/password-resets', input);
  }

  /** Sets a new password with a reset link's token; every session of the account ends. */
  async resetPassword(input: Api.PasswordResetConfirmRequest): Promise<void> {
    await this.request('POST', '/password-resets/confirm', input);
    this.csrfToken = undefined;
  }

  /** Confirms the address with the mailed link's token, and signs in. */
  async confirmEmail(input: Api.EmailConfirmationRequest): Promise<SessionAnswer> {
    return this.remember(await this.request<SessionAnswer>('POST', '/email-confirmations', input));
  }

  /** Changes the password; the account's other sessions end. */
  async changePassword(input: Api.ChangePasswordRequest): Promise<void> {
    await this.request('PUT', '/me/password', input);
  }

  async signIn(input: Api.SignInRequest): Promise<SessionAnswer> {
    return this.remember(await this.request<SessionAnswer>('POST', '/session', input));
  }

  /** The signed-in account, or undefined when nobody is signed in. */
  async session(): Promise<SessionAnswer | undefined> {
    const answer = await this.request<Api.CurrentSessionAnswer>('GET', '/session');
    if (answer.account === null) {
      // A session that ended elsewhere (signed out in another tab, expired) leaves no token behind.
      this.csrfToken = undefined;
      return undefined;
    }
    return this.remember(answer);
  }

  /** Changes the account's language or time zone, for every device it is used on. */
  updateAccount(changes: Api.AccountChangesRequest): Promise<Account> {
    return this.request<Account>('PATCH', '/me', changes);
  }

  /** Stores the intake; the answer is the plan it gives (the contract's output). */
  putIntake(intake: Api.IntakeRequest): Promise<PlanOutput> {
    return this.request<PlanOutput>('PUT', '/me/intake', intake);
  }

  /** The intake as stored, or undefined when there is none yet. */
  async intake(): Promise<Api.IntakeRequest | undefined> {
    try {
      // The server keeps the intake as it was sent, which was an `IntakeRequest`.
      return await this.request<Api.IntakeRequest>('GET', '/me/intake');
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

  /** Today's walks; before the intake, an answer with `hasIntake: false`. */
  today(): Promise<Today> {
    return this.request<Today>('GET', '/me/today');
  }

  /** Logs a walk under an id made here, so a retry after a lost answer is never stored twice. */
  logWalk(log: Omit<Api.NewWalkRequest, 'id'>, id: string = crypto.randomUUID()): Promise<Walk> {
    return this.request<Walk>('POST', '/me/walks', { id, ...log });
  }

  progress(): Promise<Progress> {
    return this.request<Progress>('GET', '/me/progress');
  }

  async walks(): Promise<Walk[]> {
    return (await this.request<Api.WalksAnswer>('GET', '/me/walks')).walks;
  }

  /** Adds to a logged walk, such as the next morning's pain. */
  changeWalk(id: string, changes: Api.WalkChangesRequest): Promise<Walk> {
    return this.request<Walk>('PATCH', `/me/walks/${id}`, changes);
  }

  /** Deletes the account and everything about the person; the password confirms it. */
  async deleteAccount(password: string): Promise<void> {
    const body: Api.DeleteAccountRequest = { password };
    await this.request('DELETE', '/me', body);
    this.csrfToken = undefined;
  }

  /** What linking with a practice would allow, from the code and year of birth its clinician gave. */
  previewLink(input: Api.LinkPreviewRequest): Promise<LinkPreview> {
    return this.request<LinkPreview>('POST', '/me/care-team/preview', input);
  }

  /** Agrees to the consent shown, and links with the practice. */
  acceptLink(input: Api.AcceptLinkRequest): Promise<CareLink> {
    return this.request<CareLink>('POST', '/me/care-team', input);
  }

  careTeam(): Promise<CareTeam> {
    return this.request<CareTeam>('GET', '/me/care-team');
  }

  /** Agrees to the current consent for a link made under an older one. */
  agreeAgain(linkId: string, consentVersion: string): Promise<CareLink> {
    return this.request<CareLink>('POST', `/me/care-team/${encodeURIComponent(linkId)}/consent`, {
      consentVersion,
    });
  }

  /** Ends a link: no clinician of that practice reaches the record from now on. */
  async endLink(linkId: string): Promise<void> {
    await this.request('DELETE', `/me/care-team/${encodeURIComponent(linkId)}`);
  }

  /** A page of who looked at or changed the record; `before` is the previous page's `next`. */
  accessLog(before?: string): Promise<AccessLog> {
    const query = before === undefined ? '' : `?before=${encodeURIComponent(before)}`;
    return this.request<AccessLog>('GET', `/me/access-log${query}`);
  }

  /** The questions about pain and daily activities: which are due now, and the answers so far. */
  outcomeMeasures(): Promise<OutcomeMeasures> {
    return this.request<OutcomeMeasures>('GET', '/me/outcome-measures');
  }

  answerOutcomeMeasures(answer: OutcomeAnswerRequest): Promise<OutcomeAnswer> {
    return this.request<OutcomeAnswer>('POST', '/me/outcome-measures', answer);
  }

  /** Not now: the questions are asked again a few days later (`askAgainOn`, YYYY-MM-DD). */
  skipOutcomeMeasures(timepoint: OutcomeTimepoint): Promise<Api.OutcomeSkipAnswer> {
    return this.request<Api.OutcomeSkipAnswer>('POST', '/me/outcome-measures/skip', { timepoint });
  }

  async signOut(): Promise<void> {
    await this.request('DELETE', '/session');
    this.csrfToken = undefined;
  }
}
