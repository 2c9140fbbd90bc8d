/**
 * Where a signed-in person starts: today's walks, which answer most visits in one call. Today says
 * whether there is an intake yet; the whole plan is asked for only when today has nothing to show
 * (a safety outcome, or before the start).
 */
import { fetchToday, KEYS } from './data/hooks.js';
import type { ApiClient } from './api/client.js';
import type { QueryStore } from './data/query.js';
import { PATHS } from './paths.js';
import type { Owner } from './today/today-keep.js';

export async function startPath(api: ApiClient, queries: QueryStore, owner: Owner): Promise<string> {
  const { today } = await queries.load(KEYS.today, fetchToday(api, owner));
  if (!today.hasIntake) return PATHS.intake;
  if (today.week !== null) return PATHS.today;
  const output = await queries.load(KEYS.plan, () => api.plan());
  // Undefined: the intake went between the two answers (deleted on another device, say).
  if (output === undefined) return PATHS.intake;
  return output.plan === null ? PATHS.outcome : PATHS.today;
}
