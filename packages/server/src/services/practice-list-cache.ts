/**
 * The practices' patient lists, kept per change (docs/scaling.md, "The practice's list, kept per
 * change"). Reading 200 summaries and turning them into an answer is most of a list request's work;
 * keeping them lets most requests answer after one small query. A list is kept under what it is made
 * from:
 *
 * - the practice's list version (`practices.list_version`, raised by the database's triggers whenever
 *   a link, a linked patient's summary or flag, or their time zone changes), read in the request's own
 *   transaction;
 * - for the answer itself, today's date in each time zone of the practice's patients, since "last
 *   week" and the pain trend's 4 weeks are picked from each patient's date.
 *
 * The version is read from the database on every request, so no server process serves a list another
 * process has made stale. Rows read after the version was read can only be newer than their key says,
 * which costs a second reading at most, never a stale list.
 */
import type { SummarisedLink } from '../repositories/patient-summaries.repository.js';
import type { FlagSeverity } from '../db/schema.js';
import type { FlagKind } from './flag-rules/types.js';

/** A patient's open flags as the list shows them, most urgent first. */
export type OpenFlags = readonly { kind: FlagKind; severity: FlagSeverity }[];

/** What the list is made from, as read from the database under one version. */
export interface PracticeListRows {
  links: readonly SummarisedLink[];
  flags: ReadonlyMap<string, OpenFlags>;
  /** The time zones of the practice's patients, each once, in a fixed order. */
  timeZones: readonly string[];
}

interface Entry {
  version: number;
  rows: PracticeListRows;
  /** The answer made from the rows on the dates it names (one per time zone, in `timeZones` order). */
  answer?: { dates: string; json: string };
}

/** Bounded: a list of 200 patients is about 100 kB kept, so the default holds about 50 MB at most. */
const DEFAULT_SIZE = 500;

export class PracticeListCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly size: number = DEFAULT_SIZE) {}

  /** The kept rows when they were read under exactly this version; undefined otherwise. */
  rows(practiceId: string, version: number): PracticeListRows | undefined {
    const entry = this.current(practiceId, version);
    return entry?.rows;
  }

  setRows(practiceId: string, version: number, rows: PracticeListRows): void {
    this.entries.delete(practiceId);
    if (this.entries.size >= this.size) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(practiceId, { version, rows });
  }

  /** The kept answer (JSON) when it was made under this version on these dates; undefined otherwise. */
  answer(practiceId: string, version: number, dates: string): string | undefined {
    const answer = this.current(practiceId, version)?.answer;
    return answer?.dates === dates ? answer.json : undefined;
  }

  /** Keeps the answer beside the rows it was made from (only while those rows are still kept). */
  setAnswer(practiceId: string, version: number, dates: string, json: string): void {
    const entry = this.current(practiceId, version);
    if (entry !== undefined) entry.answer = { dates, json };
  }

  /** How many practices' lists are kept (tests check the bound). */
  get count(): number {
    return this.entries.size;
  }

  private current(practiceId: string, version: number): Entry | undefined {
    const entry = this.entries.get(practiceId);
    if (entry === undefined || entry.version !== version) return undefined;
    // Most recently used last, so the oldest goes first when full.
    this.entries.delete(practiceId);
    this.entries.set(practiceId, entry);
    return entry;
  }
}
