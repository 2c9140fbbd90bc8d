/**
 * One hook per answer the screens show, all through the app's store (`query.ts`): today, the plan,
 * the walks, progress. Changes call `refresh…` so every screen that shows them asks again.
 */
import type { PlanOutput } from '@wandelcoach/engine';
import { useCallback } from 'react';
import { OfflineError, type ApiClient, type Progress, type Today, type Walk } from '../api/client.js';
import { accountOf, useApp } from '../app-context.js';
import { browserStorage } from '../locale.js';
import { localToday } from '../today.js';
import { rememberToday, type Owner } from '../today/today-keep.js';
import type { OutboxRecord } from '../outbox/records.js';
import { useQuery, type QueryStore } from './query.js';

/** Today's walks, and whether they come from this device because the server cannot be reached. */
export interface TodayView {
  today: Today;
  offline: boolean;
}

export const KEYS = {
  today: 'today',
  plan: 'plan',
  walks: 'walks',
  progress: 'progress',
  intake: 'intake',
  outbox: 'outbox',
} as const;

/**
 * Today from the server, kept on the device for its owner; without a connection, the kept one for
 * today, if there is one.
 */
export function fetchToday(api: ApiClient, owner: Owner | undefined): () => Promise<TodayView> {
  return async () => {
    try {
      const today = await api.today();
      if (owner !== undefined) rememberToday(browserStorage(), owner, today);
      return { today, offline: false };
    } catch (error) {
      const kept =
        error instanceof OfflineError && owner !== undefined
          ? await import('../today/today-cache.js').then(
              ({ rememberedToday }) => rememberedToday(browserStorage(), owner.id, localToday()),
              () => undefined,
            )
          : undefined;
      if (kept === undefined) throw error;
      return { today: kept, offline: true };
    }
  };
}

/**
 * Today's walks. `refreshOnOpen`: today's own screen asks again each time it opens (another device
 * may have logged a walk, the day may have turned, the connection may have gone), showing the known
 * answer meanwhile; the banner and the walk's screens take what is known.
 */
export function useToday(refreshOnOpen = false) {
  const { api, queries, session } = useApp();
  const owner = accountOf(session);
  const fetch = useCallback(() => fetchToday(api, owner)(), [api, owner]);
  return useQuery(queries, KEYS.today, fetch, refreshOnOpen);
}

export function usePlan() {
  const { api, queries } = useApp();
  const fetch = useCallback((): Promise<PlanOutput | undefined> => api.plan(), [api]);
  return useQuery(queries, KEYS.plan, fetch);
}

export function useWalks() {
  const { api, queries } = useApp();
  const fetch = useCallback((): Promise<Walk[]> => api.walks(), [api]);
  return useQuery(queries, KEYS.walks, fetch);
}

/** The stored intake (the person's usual pain, among others); undefined before there is one. */
export function useIntake() {
  const { api, queries } = useApp();
  const fetch = useCallback(() => api.intake(), [api]);
  return useQuery(queries, KEYS.intake, fetch);
}

export function useProgress() {
  const { api, queries } = useApp();
  const fetch = useCallback((): Promise<Progress> => api.progress(), [api]);
  return useQuery(queries, KEYS.progress, fetch);
}

/** What the outbox holds for the signed-in person: waiting and refused records, and unreadable ones. */
export interface OutboxView {
  records: OutboxRecord[];
  unreadable: number;
}

/** The outbox's records for the signed-in person; asked again whenever the outbox changes (app.tsx). */
export function useOutbox() {
  const { outbox, queries, session } = useApp();
  const owner = accountOf(session)?.id;
  const fetch = useCallback(async (): Promise<OutboxView> => {
    if (owner === undefined) return { records: [], unreadable: 0 };
    const [records, unreadable] = await Promise.all([outbox.list(owner), outbox.unreadable(owner)]);
    return { records, unreadable };
  }, [outbox, owner]);
  return useQuery(queries, KEYS.outbox, fetch);
}

/** After a walk is logged or changed: everything that counts walks asks again. */
export function walksChanged(queries: QueryStore): void {
  for (const key of [KEYS.today, KEYS.walks, KEYS.progress, KEYS.plan, KEYS.outbox]) {
    queries.invalidate(key);
  }
}

/**
 * The connection is back. Today asks the server again: what shows may be this device's copy, read while
 * another tab (or the service worker) sent the walks that were waiting, so they would show nowhere. And
 * every answer that failed without a connection is asked again.
 */
export function connectionBack(queries: QueryStore): void {
  queries.invalidate(KEYS.today);
  queries.retryFailed();
}

/** After a new intake: the plan it gave is known; the rest asks again. */
export function intakeChanged(queries: QueryStore, output: PlanOutput): void {
  queries.invalidate();
  queries.set(KEYS.plan, output);
}
