/**
 * Removes what has run out: expired sessions and rate-limit counters of past windows. Safe to run on
 * every instance at once (plain deletes), so no instance has to be the one that does it.
 */
import type { RateLimit } from '../config.js';
import { deleteStaleCounters } from '../repositories/rate-limits.repository.js';
import { deleteExpiredSessions } from '../repositories/sessions.repository.js';
import type { ServiceContext } from './context.js';

export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

export async function removeExpired(context: ServiceContext): Promise<void> {
  const now = context.now();
  const { signUpPerIp, signUpPerAccount, signInPerIp, signInPerAccount } = context.config.rateLimits;
  const limits: RateLimit[] = [signUpPerIp, signUpPerAccount, signInPerIp, signInPerAccount];
  const longestWindowMs = Math.max(...limits.map((rule) => rule.windowSeconds)) * 1000;
  await deleteExpiredSessions(context.db.kysely, now.toISOString());
  await deleteStaleCounters(context.db.kysely, new Date(now.getTime() - longestWindowMs).toISOString());
}
