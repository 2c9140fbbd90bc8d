/**
 * Keeping today's answer on the device and forgetting it: no checking needed, so no schema library.
 * Reading it back (checked with the server's own schema) is `today-cache.ts`, loaded only when the
 * server cannot be asked, so the first load stays small (CONTEXT.md, "Speed").
 */
import type { Account, Today } from '../api/client.js';

export const TODAY_KEY = 'wandelcoach.today';

/** The version of the kept answer this app writes (`today-cache.ts` checks it on read). */
export const TODAY_VERSION = 3;

/** Who the kept plan belongs to: enough to say "signed in as" without the server. */
export type Owner = Pick<Account, 'id' | 'email'>;

export function rememberToday(
  storage: Pick<Storage, 'setItem'> | undefined,
  owner: Owner,
  today: Today,
): void {
  const kept = { version: TODAY_VERSION, owner: { id: owner.id, email: owner.email }, today };
  storage?.setItem(TODAY_KEY, JSON.stringify(kept));
}

export function forgetToday(storage: Pick<Storage, 'removeItem'> | undefined): void {
  storage?.removeItem(TODAY_KEY);
}
