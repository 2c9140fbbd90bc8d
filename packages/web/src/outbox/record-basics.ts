/**
 * What the outbox needs of its records before any is read back: the version it writes and the order.
 * Kept apart from `records.ts` (the schemas, with zod), which is loaded only when a record is checked,
 * so a patient's first load carries no schema library (CONTEXT.md, "Speed").
 */
import type { NewOutboxRecord, OutboxRecord } from './records.js';

/** The version of outbox records this app writes. */
export const OUTBOX_VERSION = 1;

/** The record as the store gave it its place in the order (no cast: each kind keeps its own type). */
export function withSeq(record: NewOutboxRecord, seq: number): OutboxRecord {
  return record.kind === 'log' ? { ...record, seq } : { ...record, seq };
}
