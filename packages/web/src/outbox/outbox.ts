/**
 * The outbox: every walk logged, next-morning answer and correction is written on the phone first and
 * sent from here, in the order it was written, whenever there is a chance (app start, back online, the
 * app shown again, Background Sync). It knows nothing of IndexedDB, fetch or the browser: it works over
 * three ports (where records are kept, how one is sent, and a lock that lets one tab or worker send at a
 * time), so its rules are tested without a browser.
 *
 * Sending twice is harmless (the server stores a walk once by its id), but the lock keeps two tabs from
 * sending the same walk at the same moment, and each run reads the records afresh once it holds the lock.
 */
import { OUTBOX_VERSION } from './record-basics.js';
import type { NewOutboxRecord, OutboxRecord, QueuedChanges, QueuedWalk, RefusedProblem } from './records.js';

/** Where the records are kept: IndexedDB in the browser, a map in tests. */
export interface OutboxStore {
  /** Every readable record of `owner`, in the order they were written. */
  list(owner: string): Promise<OutboxRecord[]>;
  /**
   * Adds a record. A log replaces any earlier log of the same walk, waiting or refused, in the same
   * transaction: the form saved again (after a refusal, say) keeps one walk, with its latest answers.
   */
  add(record: NewOutboxRecord): Promise<OutboxRecord>;
  /** Replaces a record by its `seq`. */
  put(record: OutboxRecord): Promise<void>;
  remove(seq: number): Promise<void>;
}

/**
 * What became of one request:
 * - `stored`: the server has it (201, or 200 for a retry): settled;
 * - `gone`: the walk was deleted meanwhile (410): settled, nothing to send any more;
 * - `refused`: the server said no to this request (409, 422, 404, …): the person decides;
 * - `later`: no answer, or one that says "not now" (offline, 5xx, 429): try again later;
 * - `signed-out`: the session is over (401, or the CSRF token is not known): wait for a sign-in.
 */
export type SendOutcome =
  | { outcome: 'stored' }
  | { outcome: 'gone' }
  | { outcome: 'refused'; problem: RefusedProblem }
  | { outcome: 'later' }
  | { outcome: 'signed-out' };

export type Sender = (record: OutboxRecord) => Promise<SendOutcome>;

/** Runs `task` while no other tab or worker runs one under the same lock. */
export type Lock = <T>(task: () => Promise<T>) => Promise<T>;

export interface FlushReport {
  /** Records settled in this run (stored or gone). */
  settled: OutboxRecord[];
  /** Records refused in this run. */
  refused: OutboxRecord[];
  /** Why the run stopped before the end, if it did. */
  stopped?: 'later' | 'signed-out';
}

/** Which answers settle a record, refuse it, or leave it to try again: the status codes' meaning. */
export function outcomeOfStatus(status: number): 'stored' | 'gone' | 'refused' | 'later' | 'signed-out' {
  if (status >= 200 && status < 300) return 'stored';
  if (status === 410) return 'gone';
  if (status === 401 || status === 403) return 'signed-out';
  // Too many requests, a timeout, or the server's own trouble: the same request may well go through later.
  if (status === 408 || status === 429 || status >= 500) return 'later';
  return 'refused';
}

export class Outbox {
  constructor(
    private readonly store: OutboxStore,
    private readonly send: Sender,
    private readonly lock: Lock,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Keeps a walk to send. */
  logWalk(owner: string, walk: QueuedWalk): Promise<OutboxRecord> {
    return this.store.add({
      version: OUTBOX_VERSION,
      kind: 'log',
      owner,
      walk,
      queuedAt: this.now().toISOString(),
      state: 'waiting',
    });
  }

  /** Keeps a change to a walk (the next morning's pain, a correction), sent after the walk itself. */
  changeWalk(
    owner: string,
    walk: { id: string; date: string },
    changes: QueuedChanges,
  ): Promise<OutboxRecord> {
    return this.store.add({
      version: OUTBOX_VERSION,
      kind: 'change',
      owner,
      walkId: walk.id,
      walkDate: walk.date,
      changes,
      queuedAt: this.now().toISOString(),
      state: 'waiting',
    });
  }

  list(owner: string): Promise<OutboxRecord[]> {
    return this.store.list(owner);
  }

  /**
   * The person let go of a refused record: it is removed, with the changes waiting behind it for the
   * same walk (they cannot go anywhere without it).
   */
  async discard(owner: string, seq: number): Promise<void> {
    await this.lock(async () => {
      const records = await this.store.list(owner);
      const record = records.find((candidate) => candidate.seq === seq);
      if (record === undefined) return;
      await this.store.remove(seq);
      if (record.kind !== 'log') return;
      for (const later of records) {
        if (later.kind === 'change' && later.walkId === record.walk.id) await this.store.remove(later.seq);
      }
    });
  }

  /**
   * Sends what waits for `owner` until done or until an answer says to stop: the walks first, oldest
   * first, then the changes. A change waits while the walk it changes is still in the outbox (refused,
   * or saved again after a change was written), so the server never hears of a change before its walk.
   */
  flush(owner: string): Promise<FlushReport> {
    return this.lock(async () => {
      const report: FlushReport = { settled: [], refused: [] };
      const records = await this.store.list(owner);
      const logs = records.filter((record) => record.kind === 'log');
      const unsent = new Set(logs.map((record) => record.walk.id));
      for (const record of [...logs, ...records.filter((candidate) => candidate.kind === 'change')]) {
        if (record.state === 'refused') continue;
        if (record.kind === 'change' && unsent.has(record.walkId)) continue;
        const answer = await this.send(record);
        switch (answer.outcome) {
          case 'stored':
          case 'gone':
            await this.store.remove(record.seq);
            report.settled.push(record);
            if (record.kind === 'log') unsent.delete(record.walk.id);
            break;
          case 'refused': {
            const refused: OutboxRecord = { ...record, state: 'refused', problem: answer.problem };
            await this.store.put(refused);
            report.refused.push(refused);
            break;
          }
          case 'later':
          case 'signed-out':
            report.stopped = answer.outcome;
            return report;
        }
      }
      return report;
    });
  }
}
