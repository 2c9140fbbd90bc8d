/**
 * The answers the screens need, asked once and shared: a small store of queries by key (`today`,
 * `plan`, …), so moving between tabs shows what is known at once and asks again only when something
 * changed (a walk logged, a new intake). Each screen reads through a hook (`data/hooks.ts`); nothing
 * else fetches.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';

export type QueryState<T> =
  | { status: 'loading' }
  /** `stale`: something changed since; shown until the new answer comes, which is being asked. */
  | { status: 'done'; data: T; stale?: true }
  | { status: 'failed'; error: unknown };

interface Entry {
  state: QueryState<unknown>;
  promise: Promise<unknown> | undefined;
  /** Changed on every new ask, so a late answer to an older one is ignored. */
  generation: number;
}

const LOADING: QueryState<never> = { status: 'loading' };

export class QueryStore {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  state<T>(key: string): QueryState<T> {
    return (this.entries.get(key)?.state ?? LOADING) as QueryState<T>;
  }

  /**
   * Asks `fetch` for `key` unless an answer is known or on its way (`force`: ask again anyway, keeping
   * what is shown until the new answer comes). Resolves with the answer; rejects as `fetch` does.
   */
  load<T>(key: string, fetch: () => Promise<T>, force = false): Promise<T> {
    const known = this.entries.get(key);
    if (known?.promise !== undefined && !force) return known.promise as Promise<T>;
    const generation = (known?.generation ?? 0) + 1;
    const promise = fetch();
    const entry: Entry = { state: known?.state ?? LOADING, promise, generation };
    this.entries.set(key, entry);
    promise.then(
      (data) => {
        this.settle(key, generation, { status: 'done', data });
      },
      (error: unknown) => {
        this.settle(key, generation, { status: 'failed', error });
      },
    );
    return promise;
  }

  /** Puts an answer in place, as when a change returns the new state (a saved intake's plan). */
  set(key: string, data: unknown): void {
    const generation = (this.entries.get(key)?.generation ?? 0) + 1;
    this.entries.set(key, { state: { status: 'done', data }, promise: Promise.resolve(data), generation });
    this.notify();
  }

  /**
   * Marks the answers whose keys start with `prefix` (all without one) as out of date: screens keep
   * showing them and ask again at once, so nothing flashes empty after a change.
   */
  invalidate(prefix = ''): void {
    for (const [key, entry] of this.entries) {
      if (!key.startsWith(prefix)) continue;
      const state = entry.state.status === 'done' ? { ...entry.state, stale: true as const } : LOADING;
      this.entries.set(key, { state, promise: undefined, generation: entry.generation + 1 });
    }
    this.notify();
  }

  /** Asks again, on the next read, every answer that failed (the connection is back, say). */
  retryFailed(): void {
    let any = false;
    for (const [key, entry] of this.entries) {
      if (entry.state.status !== 'failed') continue;
      this.entries.set(key, { state: LOADING, promise: undefined, generation: entry.generation + 1 });
      any = true;
    }
    if (any) this.notify();
  }

  /** Forgets every answer, as when another person signs in: nothing of the last one may show. */
  clear(): void {
    this.entries.clear();
    this.notify();
  }

  private settle(key: string, generation: number, state: QueryState<unknown>): void {
    const entry = this.entries.get(key);
    if (entry?.generation !== generation) return;
    // A failed ask is not kept as the answer: the next read asks again.
    this.entries.set(key, {
      ...entry,
      state,
      promise: state.status === 'failed' ? undefined : entry.promise,
    });
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * What a screen does on opening: ask unless the answer is known (a failed one is asked once more);
 * with `refreshOnOpen`, ask again anyway, showing the known answer meanwhile.
 */
export function askOnOpening<T>(
  store: QueryStore,
  key: string,
  fetch: () => Promise<T>,
  refreshOnOpen: boolean,
): void {
  const known = store.state(key).status === 'done';
  if (!known || refreshOnOpen) store.load(key, fetch, known).catch(() => undefined);
}

/**
 * The state of `key`, asking `fetch` when nothing is known yet or the last ask failed (once per
 * screen that shows it: a screen without a connection does not ask in a loop); `reload` asks again.
 * `fetch` must stay the same function for one key (wrap it in useCallback).
 */
export function useQuery<T>(
  store: QueryStore,
  key: string,
  fetch: () => Promise<T>,
  /** Ask again on opening even when the answer is known (showing it meanwhile): for today's screen. */
  refreshOnOpen = false,
): QueryState<T> & { reload: () => Promise<T> } {
  const state = useSyncExternalStore(store.subscribe, () => store.state<T>(key));
  useEffect(() => {
    askOnOpening(store, key, fetch, refreshOnOpen);
  }, [store, key, fetch, refreshOnOpen]);
  // While it shows: ask when the answer is forgotten or out of date (never in a loop after a failure).
  const outOfDate = state.status === 'loading' || (state.status === 'done' && state.stale === true);
  useEffect(() => {
    if (outOfDate) store.load(key, fetch).catch(() => undefined);
  }, [store, key, fetch, outOfDate, state]);
  const reload = useCallback(() => store.load(key, fetch, true), [store, key, fetch]);
  return { ...state, reload };
}
