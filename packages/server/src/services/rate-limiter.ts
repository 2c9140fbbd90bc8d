/**
 * Fixed-window rate limits on sign-up and sign-in, counted in the database (so every instance shares
 * them). The sign-in policy (docs/security.md) slows down the guesser, not the owner.
 */
import type { RateLimit } from '../config.js';
import { toIso } from '../db/values.js';
import { countAttempt, readCount } from '../repositories/rate-limits.repository.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';

/**
 * Counts one attempt for `key`; throws a `rate-limited` error once the window's limit is passed,
 * saying how many seconds until the next window.
 */
export async function limitAttempts(context: ServiceContext, key: string, rule: RateLimit): Promise<void> {
  const now = context.now();
  const windowMs = rule.windowSeconds * 1000;
  const { count, windowStart } = await countAttempt(
    context.db.kysely,
    key,
    now.toISOString(),
    new Date(now.getTime() - windowMs).toISOString(),
  );
  if (count <= rule.limit) return;
  const endsAt = new Date(toIso(windowStart)).getTime() + windowMs;
  const retryAfterSeconds = Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
  throw new ServiceError('rate-limited', 'Too many attempts. Wait a while and try again.', {
    retryAfterSeconds,
  });
}

function rateLimited(retryAfterSeconds: number): ServiceError {
  return new ServiceError('rate-limited', 'Too many attempts. Wait a while and try again.', {
    retryAfterSeconds,
  });
}

/** Counts one failure for `key` (no check): the next attempts look at it. */
export async function countFailure(context: ServiceContext, key: string, rule: RateLimit): Promise<void> {
  const now = context.now();
  await countAttempt(
    context.db.kysely,
    key,
    now.toISOString(),
    new Date(now.getTime() - rule.windowSeconds * 1000).toISOString(),
  );
}

/** Failures counted for `key` in its current window. */
export async function failures(context: ServiceContext, key: string, rule: RateLimit): Promise<number> {
  const now = context.now();
  return readCount(context.db.kysely, key, new Date(now.getTime() - rule.windowSeconds * 1000).toISOString());
}

/** Throws `rate-limited` (waiting out the window) once `key` has had `rule.limit` failures. */
export async function refuseAfterFailures(
  context: ServiceContext,
  key: string,
  rule: RateLimit,
): Promise<void> {
  if ((await failures(context, key, rule)) >= rule.limit) throw rateLimited(rule.windowSeconds);
}

/**
 * The wait between attempts for an account whose sign-ins are slowed: the first wait, doubled for
 * every 10 failures more, at most 5 minutes (sign-in slow-down, docs/security.md).
 *
 * @example
 * slowDownSeconds(30, 10, 10); // 30
 * slowDownSeconds(30, 35, 10); // 120
 */
export function slowDownSeconds(firstWait: number, failureCount: number, threshold: number): number {
  const doublings = Math.floor(Math.max(0, failureCount - threshold) / 10);
  return Math.min(300, firstWait * 2 ** Math.min(doublings, 10));
}

/**
 * Counts one attempt for `key` and says whether it is still within the window's limit, without
 * refusing anything: for limits that must not change the answer (a mail not sent, the same reply).
 */
export async function withinLimit(context: ServiceContext, key: string, rule: RateLimit): Promise<boolean> {
  const now = context.now();
  const { count } = await countAttempt(
    context.db.kysely,
    key,
    now.toISOString(),
    new Date(now.getTime() - rule.windowSeconds * 1000).toISOString(),
  );
  return count <= rule.limit;
}
