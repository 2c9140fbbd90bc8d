/** SQL for the audit log. Services write to it inside the same transaction as the change. */
import { fromJson, toIso } from '../db/values.js';
import type { Executor } from './executor.js';

export type AuditAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-up'
  | 'sign-up-address-taken'
  | 'sign-in-unconfirmed'
  | 'email-confirmed'
  | 'password-changed'
  | 'password-reset-requested'
  | 'password-reset'
  | 'data-exported'
  | 'account-deleted'
  | 'walk-deleted'
  | 'record-read'
  | 'record-changed'
  | 'practice-joined'
  | 'practice-left'
  | 'practice-roles-changed'
  | 'second-factor-reset';

export interface AuditEntry {
  accountId: string | null;
  actorId: string | null;
  action: AuditAction;
  detail?: Readonly<Record<string, unknown>>;
  ip: string | null;
  at: string;
}

export interface AuditEvent {
  action: string;
  actorId: string | null;
  detail: unknown;
  ip: string | null;
  at: string;
}

export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      account_id: entry.accountId,
      actor_id: entry.actorId,
      action: entry.action,
      detail: JSON.stringify(entry.detail ?? {}),
      ip: entry.ip,
      created_at: entry.at,
    })
    .execute();
}

export async function listAuditFor(db: Executor, accountId: string): Promise<AuditEvent[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'detail', 'ip', 'created_at'])
    .where('account_id', '=', accountId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    action: row.action,
    actorId: row.actor_id,
    detail: fromJson(row.detail),
    ip: row.ip,
    at: toIso(row.created_at),
  }));
}

/** Removes a person's audit trail (it holds their addresses), for when the account is deleted. */
export async function deleteAuditFor(db: Executor, accountId: string): Promise<void> {
  await db.deleteFrom('audit_log').where('account_id', '=', accountId).execute();
}
