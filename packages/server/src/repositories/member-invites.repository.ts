/** SQL for invitations to join a practice: mailed links, stored only as the hash of their token. */
import type { Dialect } from '../db/database.js';
import { fromBoolean, toBoolean } from '../db/values.js';
import type { Executor } from './executor.js';
import type { Roles } from './practices.repository.js';

export interface MemberInvite {
  practiceId: string;
  email: string;
  roles: Roles;
  expiresAt: Date | string;
}

export async function insertMemberInvite(
  db: Executor,
  invite: MemberInvite & {
    tokenHash: string;
    invitedBy: string | null;
    createdAt: string;
    expiresAt: string;
  },
  dialect: Dialect,
): Promise<void> {
  await db
    .insertInto('member_invites')
    .values({
      token_hash: invite.tokenHash,
      practice_id: invite.practiceId,
      email: invite.email,
      is_admin: fromBoolean(invite.roles.isAdmin, dialect),
      is_clinician: fromBoolean(invite.roles.isClinician, dialect),
      invited_by: invite.invitedBy,
      created_at: invite.createdAt,
      expires_at: invite.expiresAt,
    })
    .execute();
}

function toInvite(row: {
  practice_id: string;
  email: string;
  is_admin: boolean | number;
  is_clinician: boolean | number;
  expires_at: Date | string;
}): MemberInvite {
  return {
    practiceId: row.practice_id,
    email: row.email,
    roles: { isAdmin: toBoolean(row.is_admin), isClinician: toBoolean(row.is_clinician) },
    expiresAt: row.expires_at,
  };
}

/** The invite with this token hash, without using it up. */
export async function findMemberInvite(db: Executor, tokenHash: string): Promise<MemberInvite | undefined> {
  const row = await db
    .selectFrom('member_invites')
    .select(['practice_id', 'email', 'is_admin', 'is_clinician', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row === undefined ? undefined : toInvite(row);
}

/** Deletes the invite and says what it was: one statement, so of two uses at once only one gets it. */
export async function takeMemberInvite(db: Executor, tokenHash: string): Promise<MemberInvite | undefined> {
  const row = await db
    .deleteFrom('member_invites')
    .where('token_hash', '=', tokenHash)
    .returning(['practice_id', 'email', 'is_admin', 'is_clinician', 'expires_at'])
    .executeTakeFirst();
  return row === undefined ? undefined : toInvite(row);
}

export async function deleteExpiredMemberInvites(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('member_invites').where('expires_at', '<=', now).execute();
}
