/** SQL for sign-in sessions. Only a hash of each token is stored. */
import type { Role } from '../db/schema.js';
import { compiledQuery } from './compiled.js';
import type { Executor } from './executor.js';

export interface SessionRecord {
  tokenHash: string;
  csrfToken: string;
  expiresAt: Date | string;
  /** When this session proved the second factor; null before (or for an account without one). */
  secondFactorAt: Date | string | null;
  actingPracticeId: string | null;
  account: { id: string; email: string; role: Role; locale: 'nl' | 'en'; timeZone: string };
  /** The account's data version (`accounts.plan_version`), read with the session in one query. */
  planVersion: number;
}

export async function insertSession(
  db: Executor,
  session: { tokenHash: string; accountId: string; csrfToken: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      account_id: session.accountId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

const liveSession = compiledQuery((db: Executor, tokenHash: string, now: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'sessions.token_hash',
      'sessions.csrf_token',
      'sessions.expires_at',
      'sessions.second_factor_at',
      'sessions.acting_practice_id',
      'accounts.id',
      'accounts.email',
      'accounts.role',
      'accounts.locale',
      'accounts.time_zone',
      'accounts.plan_version',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now),
);

/**
 * The session with this token hash, with its account and the account's data version, if it has not
 * expired: one query, compiled once, on every signed-in request.
 */
export async function findLiveSession(
  db: Executor,
  tokenHash: string,
  now: string,
): Promise<SessionRecord | undefined> {
  const [row] = (await liveSession(db, tokenHash, now)).rows;
  if (row === undefined) return undefined;
  return {
    tokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    secondFactorAt: row.second_factor_at,
    actingPracticeId: row.acting_practice_id,
    account: { id: row.id, email: row.email, role: row.role, locale: row.locale, timeZone: row.time_zone },
    planVersion: row.plan_version,
  };
}

export async function extendSession(db: Executor, tokenHash: string, expiresAt: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Signs the account out everywhere, except (optionally) the session in use. */
export async function deleteOtherSessions(
  db: Executor,
  accountId: string,
  keepTokenHash?: string,
): Promise<void> {
  let query = db.deleteFrom('sessions').where('account_id', '=', accountId);
  if (keepTokenHash !== undefined) query = query.where('token_hash', '!=', keepTokenHash);
  await query.execute();
}

export async function deleteExpiredSessions(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

/** The session proved the second factor at `at`; it acts for `practiceId` when one is given. */
export async function markSecondFactorProven(
  db: Executor,
  tokenHash: string,
  at: string,
  practiceId: string | undefined,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ second_factor_at: at, ...(practiceId !== undefined && { acting_practice_id: practiceId }) })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function setActingPractice(db: Executor, tokenHash: string, practiceId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ acting_practice_id: practiceId })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** The account's sessions stop acting for the practice (it is no longer a member of it). */
export async function stopActingFor(db: Executor, accountId: string, practiceId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ acting_practice_id: null })
    .where('account_id', '=', accountId)
    .where('acting_practice_id', '=', practiceId)
    .execute();
}
