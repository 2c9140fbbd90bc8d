/**
 * Removes what has run out: expired sessions, mailed links and invitations (and patients' invitations
 * once used), rate-limit counters of past windows,
 * accounts whose address was never confirmed; and writes the time zones of accounts made before zones
 * were stored by their canonical name in that name. Safe to run on every instance at once (plain
 * deletes and idempotent updates), so no instance has to be the one that does it. Flags are kept here
 * too (`keepFlags`).
 */
import { canonicalTimeZone } from '@wandelcoach/engine';
import type { RateLimit } from '../config.js';
import { listAbandonedAccounts, listTimeZones, renameTimeZone } from '../repositories/accounts.repository.js';
import { flushErasure } from '../db/database.js';
import { eraseAccount } from './accounts.service.js';
import { deleteOldTombstones } from '../repositories/walks.repository.js';
import { deleteStaleCounters } from '../repositories/rate-limits.repository.js';
import { deleteExpiredSessions } from '../repositories/sessions.repository.js';
import { deleteExpiredEmailTokens } from '../repositories/email-tokens.repository.js';
import { deleteExpiredMemberInvites } from '../repositories/member-invites.repository.js';
import { deleteSpentPatientInvites } from '../repositories/patient-invites.repository.js';
import type { ServiceContext } from './context.js';
import { refreshAllFlags } from './flags.service.js';

export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;
/** How long a deleted walk's id is remembered: far longer than a phone stays offline. */
export const TOMBSTONE_DAYS = 365;
/**
 * How long an account whose address was never confirmed is kept (once no link for it works): its
 * address may be someone else's, typed by a stranger, and is not kept longer than it can be of use.
 */
export const UNCONFIRMED_DAYS = 7;

export async function removeExpired(context: ServiceContext): Promise<void> {
  const now = context.now();
  const limits = Object.values(context.config.rateLimits).filter(
    (rule): rule is RateLimit => typeof rule === 'object',
  );
  const longestWindowMs = Math.max(...limits.map((rule) => rule.windowSeconds)) * 1000;
  await deleteExpiredSessions(context.db.kysely, now.toISOString());
  await deleteExpiredEmailTokens(context.db.kysely, now.toISOString());
  await deleteExpiredMemberInvites(context.db.kysely, now.toISOString());
  await deleteSpentPatientInvites(context.db.kysely, now.toISOString());
  await deleteStaleCounters(context.db.kysely, new Date(now.getTime() - longestWindowMs).toISOString());
  await deleteOldTombstones(
    context.db.kysely,
    new Date(now.getTime() - TOMBSTONE_DAYS * 86_400_000).toISOString(),
  );
  await removeAbandonedAccounts(context, now);
}

/** Accounts never confirmed are erased as `DELETE /me` would, leaving only the audit row. */
async function removeAbandonedAccounts(context: ServiceContext, now: Date): Promise<void> {
  const at = now.toISOString();
  const before = new Date(now.getTime() - UNCONFIRMED_DAYS * 86_400_000).toISOString();
  const abandoned = await listAbandonedAccounts(context.db.kysely, before, at);
  for (const account of abandoned) {
    await context.db.kysely.transaction().execute(async (trx) => {
      await eraseAccount(trx, account, null, at, { reason: 'never-confirmed' });
    });
  }
  if (abandoned.length > 0) await flushErasure(context.db);
}

/**
 * Flags and weekly minutes of every linked patient: quiet weeks and adherence, which no walk raises,
 * and whatever a failure after a walk left out. Every instance runs it; raising is idempotent.
 */
export async function keepFlags(context: ServiceContext): Promise<void> {
  await refreshAllFlags(context);
}

/** Older accounts may hold a zone as the browser spelt it (`asia/calcutta`); store the canonical name. */
export async function canonicaliseTimeZones(context: ServiceContext): Promise<void> {
  for (const zone of await listTimeZones(context.db.kysely)) {
    const canonical = canonicalTimeZone(zone);
    if (canonical !== undefined && canonical !== zone)
      await renameTimeZone(context.db.kysely, zone, canonical);
  }
}
