/**
 * The outbox as the app's pages and its service worker use it: records in IndexedDB, sent through the
 * ApiClient, one sender at a time across every tab and the worker (a Web Lock), and a word on a
 * BroadcastChannel after every change so each open screen shows what the outbox holds now.
 */
import { ApiError, OfflineError, type ApiClient } from '../api/client.js';
import type { NewWalkRequest, WalkChangesRequest } from '@wandelcoach/server/api-types';
import { indexedDbOutboxStore, type BrowserOutboxStore } from './idb-store.js';
import { Outbox, outcomeOfStatus, type FlushReport, type Lock, type Sender } from './outbox.js';
import type { OutboxRecord, QueuedWalk } from './records.js';

/** The Background Sync tag: the service worker sends the outbox when the browser fires it. */
export const OUTBOX_SYNC_TAG = 'wandelcoach-outbox';
const CHANNEL_NAME = 'wandelcoach-outbox';
const LOCK_NAME = 'wandelcoach-outbox';

/** One sender at a time in this browser; where Web Locks are missing, the server's idempotency still holds. */
const webLock: Lock = (task) => ('locks' in navigator ? navigator.locks.request(LOCK_NAME, task) : task());

function sender(api: ApiClient): Sender {
  return async (record) => {
    try {
      if (record.kind === 'log') {
        const { id, ...log } = record.walk;
        await api.logWalk(log, id);
      } else {
        await api.changeWalk(record.walkId, record.changes);
      }
      return { outcome: 'stored' };
    } catch (error) {
      if (!(error instanceof ApiError)) {
        // No connection, or no answer worth the name: the walk stays and goes next time.
        if (!(error instanceof OfflineError)) console.warn('outbox: sending failed', error);
        return { outcome: 'later' };
      }
      const outcome = outcomeOfStatus(error.status);
      if (outcome !== 'refused') return { outcome };
      const errors = (error.problem?.errors ?? []).map(({ path, message }) => ({ path, message }));
      return { outcome, problem: { status: error.status, kind: error.kind ?? 'unknown', errors } };
    }
  };
}

export interface OutboxService {
  /** Keeps a walk on the phone (checked with the server's own schema), then tries to send it. */
  logWalk: (owner: string, walk: NewWalkRequest) => Promise<QueuedWalk>;
  /** Keeps a change to a walk on the phone, then tries to send it. */
  changeWalk: (
    owner: string,
    walk: { id: string; date: string },
    changes: WalkChangesRequest,
  ) => Promise<void>;
  list: (owner: string) => Promise<OutboxRecord[]>;
  unreadable: (owner: string) => Promise<number>;
  discard: (owner: string, seq: number) => Promise<void>;
  /** Sends what waits for `owner` (only while `owner` is who the session is). */
  flush: (owner: string) => Promise<FlushReport | undefined>;
  /** Called after every change to the outbox, in this tab, another tab or the service worker. */
  subscribe: (listener: () => void) => () => void;
}

export function browserOutbox(
  api: ApiClient,
  store: BrowserOutboxStore = indexedDbOutboxStore(),
  /** Asks the browser to wake the service worker when the connection is back (Background Sync). */
  requestSync: () => void = requestBackgroundSync,
): OutboxService {
  const outbox = new Outbox(store, sender(api), webLock);
  const listeners = new Set<() => void>();
  const tellHere = () => {
    for (const listener of listeners) listener();
  };
  // Opened on first use, so rendering the app at build time (in Node) opens no channel to keep it alive.
  let channel: BroadcastChannel | undefined;
  const openChannel = () => {
    if (channel === undefined && 'BroadcastChannel' in globalThis) {
      channel = new BroadcastChannel(CHANNEL_NAME);
      channel.onmessage = tellHere;
    }
    return channel;
  };
  const changed = () => {
    tellHere();
    openChannel()?.postMessage('changed');
  };

  /** Whether the session is `owner`'s, asking the server for it (and its CSRF token) when unknown. */
  async function sessionOf(owner: string, ask: boolean): Promise<'yes' | 'no' | 'unknown'> {
    if (!ask && api.hasSession) return 'yes';
    try {
      const session = await api.session();
      return session?.account.id === owner ? 'yes' : 'no';
    } catch {
      return 'unknown';
    }
  }

  async function flushOnce(owner: string): Promise<FlushReport | undefined> {
    if ((await sessionOf(owner, false)) !== 'yes') return undefined;
    let report = await outbox.flush(owner);
    // The token may be an old one (signed in again in another tab): ask once for the current session.
    if (report.stopped === 'signed-out' && (await sessionOf(owner, true)) === 'yes') {
      const again = await outbox.flush(owner);
      report = {
        ...again,
        settled: [...report.settled, ...again.settled],
        refused: [...report.refused, ...again.refused],
      };
    }
    if (report.settled.length > 0 || report.refused.length > 0) changed();
    if (report.stopped === 'later') requestSync();
    return report;
  }

  // Triggers come in bunches (online, focus and visibility at once): one run at a time, and one more
  // after it when asked meanwhile, so nothing written during a run waits for the next trigger.
  let running: Promise<FlushReport | undefined> | undefined;
  /** How many times a run was asked for: a run goes round again when asked during it. */
  let asked = 0;
  function flush(owner: string): Promise<FlushReport | undefined> {
    asked++;
    if (running !== undefined) return running;
    running = (async () => {
      let report: FlushReport | undefined;
      let answered: number;
      do {
        answered = asked;
        report = await flushOnce(owner);
      } while (asked !== answered && report?.stopped === undefined);
      return report;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    async logWalk(owner, request) {
      // The schemas load with the first walk kept (a chunk of their own: not on the first load).
      const { checkedWalk } = await import('./records.js');
      const walk = checkedWalk(request);
      await outbox.logWalk(owner, walk);
      changed();
      return walk;
    },
    async changeWalk(owner, walk, request) {
      const { checkedChanges } = await import('./records.js');
      await outbox.changeWalk(owner, walk, checkedChanges(request));
      changed();
    },
    list: (owner) => outbox.list(owner),
    unreadable: (owner) => store.unreadable(owner),
    async discard(owner, seq) {
      await outbox.discard(owner, seq);
      changed();
    },
    flush,
    subscribe(listener) {
      openChannel();
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

interface SyncRegistration {
  sync?: { register: (tag: string) => Promise<void> };
}

/** Background Sync where the browser has it (Chromium); elsewhere the app's own triggers do the work. */
export function requestBackgroundSync(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((registration) => (registration as SyncRegistration).sync?.register(OUTBOX_SYNC_TAG))
    .catch(() => undefined);
}
