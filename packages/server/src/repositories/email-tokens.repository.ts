/** SQL for the tokens of mailed links. Only a hash of each token is stored. */
import type { EmailTokenPurpose } from '../db/schema.js';
import type { Executor } from './executor.js';

export async function insertEmailToken(
  db: Executor,
  token: {
    tokenHash: string;
    accountId: string;
    purpose: EmailTokenPurpose;
    createdAt: string;
    expiresAt: string;
  },
): Promise<void> {
  await db
    .insertInto('email_tokens')
    .values({
      token_hash: token.tokenHash,
      account_id: token.accountId,
      purpose: token.purpose,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
    })
    .execute();
}

/**
 * Takes a token for one purpose: deletes it and says whose it was and when it expires. One statement,
 * so of two uses of one link at the same moment only one gets it.
 */
export async function takeEmailToken(
  db: Executor,
  tokenHash: string,
  purpose: EmailTokenPurpose,
): Promise<{ accountId: string; expiresAt: Date | string } | undefined> {
  const row = await db
    .deleteFrom('email_tokens')
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .returning(['account_id', 'expires_at'])
    .executeTakeFirst();
  return row === undefined ? undefined : { accountId: row.account_id, expiresAt: row.expires_at };
}

/** Every link of the account (of one purpose, or all): they stop working. */
export async function deleteEmailTokensFor(
  db: Executor,
  accountId: string,
  purpose?: EmailTokenPurpose,
): Promise<void> {
  let query = db.deleteFrom('email_tokens').where('account_id', '=', accountId);
  if (purpose !== undefined) query = query.where('purpose', '=', purpose);
  await query.execute();
}

export async function deleteExpiredEmailTokens(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('email_tokens').where('expires_at', '<=', now).execute();
}

/** Whose a token is and when it expires, without using it up. */
export async function findEmailToken(
  db: Executor,
  tokenHash: string,
  purpose: EmailTokenPurpose,
): Promise<{ accountId: string; expiresAt: Date | string } | undefined> {
  const row = await db
    .selectFrom('email_tokens')
    .select(['account_id', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  return row === undefined ? undefined : { accountId: row.account_id, expiresAt: row.expires_at };
}
