/**
 * The outbox's records in IndexedDB (through `idb`, a thin promise wrapper), for the app's pages and its
 * service worker alike. Every record read is checked (`records.ts`): an older version is migrated and
 * written back, and a record this version cannot read is left where it is, never deleted or cast, and
 * counted, so the person is told and a later version of the app can still read it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxStore } from './outbox.js';
import { withSeq } from './record-basics.js';
import type { NewOutboxRecord, OutboxRecord } from './records.js';

/** The records' schemas, loaded when the first record is read (not on the page's first load). */
const schemas = () => import('./records.js');

/** The database's own schema version (its object stores); the records inside carry their own version. */
const DATABASE_VERSION = 1;
export const DATABASE_NAME = 'wandelcoach';

interface WandelcoachDatabase extends DBSchema {
  outbox: {
    key: number;
    // What is stored is only known once it has been checked.
    value: unknown;
    indexes: { owner: string };
  };
}

let opened: Promise<IDBPDatabase<WandelcoachDatabase>> | undefined;

function database(): Promise<IDBPDatabase<WandelcoachDatabase>> {
  opened ??= openDB<WandelcoachDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
      // Each schema version adds what it needs, so a phone on any earlier version is brought up to date.
      if (oldVersion < 1) {
        db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true }).createIndex('owner', 'owner');
      }
    },
    // Another tab opened a newer version of the app: let it upgrade, and open again when next asked.
    blocking() {
      void opened?.then((db) => {
        db.close();
      });
      opened = undefined;
    },
  });
  return opened;
}

export interface BrowserOutboxStore extends OutboxStore {
  /** How many of `owner`'s records this version of the app cannot read (kept, not sent). */
  unreadable(owner: string): Promise<number>;
}

async function readAll(owner: string): Promise<{ records: OutboxRecord[]; unreadable: number }> {
  const db = await database();
  const stored = await db.getAllFromIndex('outbox', 'owner', owner);
  // Nothing waiting (the usual case): the schemas are not loaded at all, so the app starts sooner.
  if (stored.length === 0) return { records: [], unreadable: 0 };
  const { readOutboxRecord } = await schemas();
  const records: OutboxRecord[] = [];
  let unreadable = 0;
  for (const raw of stored) {
    const read = readOutboxRecord(raw);
    if (!read.ok) {
      unreadable++;
      continue;
    }
    // Written back in the current version, so the migration runs once.
    if (read.migrated) await db.put('outbox', read.value);
    records.push(read.value);
  }
  return { records: records.sort((a, b) => a.seq - b.seq), unreadable };
}

export function indexedDbOutboxStore(): BrowserOutboxStore {
  return {
    list: async (owner) => (await readAll(owner)).records,
    unreadable: async (owner) => (await readAll(owner)).unreadable,
    async add(record: NewOutboxRecord): Promise<OutboxRecord> {
      const db = await database();
      // Loaded before the transaction opens: a transaction ends when it waits on anything else.
      const { readOutboxRecord } = await schemas();
      const transaction = db.transaction('outbox', 'readwrite');
      if (record.kind === 'log') {
        // The same walk saved again replaces its earlier record, in the same transaction.
        let cursor = await transaction.store.index('owner').openCursor(record.owner);
        while (cursor !== null) {
          const read = readOutboxRecord(cursor.value);
          if (read.ok && read.value.kind === 'log' && read.value.walk.id === record.walk.id) {
            await cursor.delete();
          }
          cursor = await cursor.continue();
        }
      }
      const seq = await transaction.store.add(record);
      await transaction.done;
      return withSeq(record, seq);
    },
    async put(record) {
      await (await database()).put('outbox', record);
    },
    async remove(seq) {
      await (await database()).delete('outbox', seq);
    },
  };
}

/** Forgets every record of `owner` (their account was deleted: nothing of theirs may stay). */
export async function forgetOutbox(owner: string): Promise<void> {
  const db = await database();
  const transaction = db.transaction('outbox', 'readwrite');
  for (const seq of await transaction.store.index('owner').getAllKeys(owner))
    await transaction.store.delete(seq);
  await transaction.done;
}
