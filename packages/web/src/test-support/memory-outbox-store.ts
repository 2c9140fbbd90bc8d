/** An outbox store in memory, for the outbox's rules; the browser's is IndexedDB (`outbox/idb-store.ts`). */
import type { OutboxStore } from '../outbox/outbox.js';
import { withSeq, type OutboxRecord } from '../outbox/records.js';

export function memoryOutboxStore(): OutboxStore & { records: Map<number, OutboxRecord> } {
  const records = new Map<number, OutboxRecord>();
  let next = 1;
  return {
    records,
    list: (owner) =>
      Promise.resolve(
        [...records.values()].filter((record) => record.owner === owner).sort((a, b) => a.seq - b.seq),
      ),
    add: (fresh) => {
      if (fresh.kind === 'log') {
        for (const [seq, record] of records) {
          if (record.kind === 'log' && record.owner === fresh.owner && record.walk.id === fresh.walk.id) {
            records.delete(seq);
          }
        }
      }
      const record = withSeq(fresh, next++);
      records.set(record.seq, record);
      return Promise.resolve(record);
    },
    put: (record) => {
      records.set(record.seq, record);
      return Promise.resolve();
    },
    remove: (seq) => {
      records.delete(seq);
      return Promise.resolve();
    },
  };
}
