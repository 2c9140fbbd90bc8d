/**
 * Today's answer, kept per change (docs/scaling.md, "Today's answer, kept per change"). Making it
 * replays the plan from its first day; keeping it lets most requests answer from the session's one
 * query. An answer is kept under everything it is made from:
 *
 * - the person's data version (`accounts.plan_version`, raised by the database's triggers whenever
 *   their intake, walks or prescription change), read in the same query as the session;
 * - the engine's version, so new rules reach everyone at once;
 * - the date in their time zone, so midnight moves today; the time zone and language themselves.
 *
 * The version is read from the database on every request, so no server process ever serves an answer
 * another process has made stale: each holds its own memory, and a change anywhere raises the version
 * all of them check. An answer made after the version was read can only be newer than its key says,
 * which costs a second making at most, never a stale answer.
 */
/** What today's answer for one person is made from, besides their stored rows. */
export interface TodayKey {
  /** The engine's version: the engine's `ENGINE_VERSION`. */
  engineVersion: string;
  planVersion: number;
  /** Today's date in the person's time zone. */
  date: string;
  timeZone: string;
  locale: string;
}

/** Bounded: an entry is a few kilobytes, so the default holds about 20 MB at most. */
const DEFAULT_SIZE = 5_000;

export class TodayCache {
  private readonly entries = new Map<string, { key: string; json: string }>();

  constructor(private readonly size: number = DEFAULT_SIZE) {}

  private keyText(key: TodayKey): string {
    return [key.engineVersion, key.planVersion, key.date, key.timeZone, key.locale].join('|');
  }

  /** The kept answer (JSON) when it was made under exactly this key; undefined otherwise. */
  get(accountId: string, key: TodayKey): string | undefined {
    const entry = this.entries.get(accountId);
    if (entry === undefined || entry.key !== this.keyText(key)) return undefined;
    // Most recently used last, so the oldest goes first when full.
    this.entries.delete(accountId);
    this.entries.set(accountId, entry);
    return entry.json;
  }

  set(accountId: string, key: TodayKey, json: string): void {
    this.entries.delete(accountId);
    if (this.entries.size >= this.size) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(accountId, { key: this.keyText(key), json });
  }

  /** Drops the person's kept answer (their account was erased). */
  forget(accountId: string): void {
    this.entries.delete(accountId);
  }

  /** How many people's answers are kept (tests check the bound). */
  get count(): number {
    return this.entries.size;
  }
}
