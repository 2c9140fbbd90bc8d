/**
 * The last answer for today's walks, kept on the device, so today's plan still shows without a
 * connection (a park without signal). Only today's, and only for the person it belongs to.
 */
import type { Today } from '../api/client.js';

const KEY = 'wandelcoach.today';

interface Cached {
  version: 1;
  accountId: string;
  today: Today;
}

export function rememberToday(
  storage: Pick<Storage, 'setItem'> | undefined,
  accountId: string,
  today: Today,
): void {
  const cached: Cached = { version: 1, accountId, today };
  storage?.setItem(KEY, JSON.stringify(cached));
}

export function rememberedToday(
  storage: Pick<Storage, 'getItem'> | undefined,
  accountId: string,
  date: string,
): Today | undefined {
  try {
    const cached = JSON.parse(storage?.getItem(KEY) ?? 'null') as Cached | null;
    if (cached?.version !== 1 || cached.accountId !== accountId || cached.today.date !== date)
      return undefined;
    return cached.today;
  } catch {
    return undefined;
  }
}

export function forgetToday(storage: Pick<Storage, 'removeItem'> | undefined): void {
  storage?.removeItem(KEY);
}
