/**
 * The last answer for today's walks, kept on the device, so today's plan still shows without a
 * connection (a park without signal, or opening the app offline). Only today's, and only for the
 * person it belongs to; signing out or deleting the account removes it.
 */
import { todayAnswer } from '@wandelcoach/server/today-schemas';
import { z } from 'zod';
import '../zod-config.js';
import type { Today } from '../api/client.js';
import { readVersioned } from '../data/versioned.js';
import { forgetToday, rememberToday, TODAY_KEY, TODAY_VERSION, type Owner } from './today-keep.js';

export { forgetToday, rememberToday, type Owner };

/** Checked on read with the very schema `GET /me/today` answers with: what shows is what the server said. */
const cachedSchema = z.strictObject({
  version: z.literal(TODAY_VERSION),
  owner: z.strictObject({ id: z.string(), email: z.string() }),
  today: todayAnswer,
});
type Cached = z.output<typeof cachedSchema>;

const FORMAT = {
  current: TODAY_VERSION,
  // No way up from older versions: version 1 kept only the account's id, version 2's today had no
  // `hasIntake`, `day` or `missed`, which nothing on the device can fill in. They are read as nothing,
  // and the next visit with a connection writes version 3.
  migrations: {},
  schema: cachedSchema,
};

function read(storage: Pick<Storage, 'getItem'> | undefined): Cached | undefined {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(TODAY_KEY) ?? 'null');
  } catch {
    return undefined;
  }
  const read = readVersioned(stored, FORMAT);
  return read.ok ? read.value : undefined;
}

export function rememberedToday(
  storage: Pick<Storage, 'getItem'> | undefined,
  accountId: string,
  date: string,
): Today | undefined {
  const cached = read(storage);
  return cached?.owner.id === accountId && cached.today.date === date ? cached.today : undefined;
}

/**
 * The person whose plan for `date` is kept here: who to show it to when the server cannot be asked.
 * Nobody when the kept answer says to see a doctor first: without the server, walks are never offered
 * to someone the safety check stopped.
 */
export function keptOwner(storage: Pick<Storage, 'getItem'> | undefined, date: string): Owner | undefined {
  const cached = read(storage);
  if (cached?.today.date !== date) return undefined;
  // Before the intake there is no plan to show either.
  const level = cached.today.triage?.level;
  return level === undefined || level === 'emergency' || level === 'gp-soon' ? undefined : cached.owner;
}
