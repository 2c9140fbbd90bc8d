/**
 * `GET /me/today` for the person themselves, answered from the kept answer when it is current
 * (`today-cache.ts`): then the session's one query is all the database sees.
 */
import { ENGINE_VERSION } from '@wandelcoach/engine';
import type { ServiceContext } from './context.js';
import { getToday, todayFor, type PlanRequest } from './plan.service.js';

/** What the session's query said about the account: its data version and language. */
export interface KnownAccount {
  planVersion: number;
  locale: string;
}

/** Today's answer as JSON text, from the kept answer when its key still holds, else made and kept. */
export async function ownTodayJson(
  context: ServiceContext,
  request: PlanRequest,
  account: KnownAccount,
): Promise<string> {
  const key = {
    engineVersion: ENGINE_VERSION,
    planVersion: account.planVersion,
    date: todayFor(context, request.timeZone),
    timeZone: request.timeZone,
    locale: account.locale,
  };
  const kept = context.todayCache?.get(request.subjectId, key);
  if (kept !== undefined) return kept;
  const json = JSON.stringify(await getToday(context, request));
  context.todayCache?.set(request.subjectId, key, json);
  return json;
}
