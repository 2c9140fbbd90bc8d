/**
 * What the outbox keeps on the phone, one record per walk logged or changed, and how it is read back.
 * The walk itself is checked with the server's own request schemas (`@wandelcoach/server/walk-schemas`,
 * the schemas `POST /me/walks` and `PATCH /me/walks/{id}` validate with), so a record the phone keeps is
 * one the server accepts, and a record of an older app version is migrated before it is checked.
 */
import { newWalkBody, walkChangesBody, walkId } from '@wandelcoach/server/walk-schemas';
import { z } from 'zod';
// Before any schema runs: no eval under the app's CSP.
import '../zod-config.js';
import type { NewWalkRequest, WalkChangesRequest } from '@wandelcoach/server/api-types';
import { readVersioned, type ReadResult } from '../data/versioned.js';
import { OUTBOX_VERSION, withSeq } from './record-basics.js';

export { OUTBOX_VERSION, withSeq };

/** What the server said when it refused a request (RFC 9457 problem, the parts worth showing). */
const problemSchema = z.strictObject({
  status: z.number().int(),
  /** The problem's kind: `conflict`, `invalid-input`, `not-found`, … */
  kind: z.string(),
  errors: z.array(z.strictObject({ path: z.string(), message: z.string() })),
});

const common = {
  version: z.literal(OUTBOX_VERSION),
  /** The order of writing: requests go out in this order (a change after the walk it changes). */
  seq: z.number().int().positive(),
  /** The account the walk belongs to: another person signed in on this phone never sends it. */
  owner: z.string().min(1),
  queuedAt: z.iso.datetime(),
  /** `refused`: the server said no (409, 422, …); it waits for the person, never resent by itself. */
  state: z.enum(['waiting', 'refused']),
  problem: problemSchema.optional(),
};

export const outboxRecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('log'), walk: newWalkBody }),
  z.strictObject({
    ...common,
    kind: z.literal('change'),
    walkId,
    /** The changed walk's date, to say which walk an answer is about without asking the server. */
    walkDate: newWalkBody.shape.date,
    changes: walkChangesBody,
  }),
]);

export type OutboxRecord = z.output<typeof outboxRecordSchema>;
export type RefusedProblem = z.output<typeof problemSchema>;
/** A walk as `POST /me/walks` takes it, with the contract's defaults filled in. */
export type QueuedWalk = Extract<OutboxRecord, { kind: 'log' }>['walk'];
export type QueuedChanges = Extract<OutboxRecord, { kind: 'change' }>['changes'];

/** A record as it is about to be written: its `seq` comes from the store. */
export type NewOutboxRecord = OutboxRecord extends infer R
  ? R extends OutboxRecord
    ? Omit<R, 'seq'>
    : never
  : never;

/**
 * Version 1 is the first: there is nothing older to migrate yet. A later version adds its step here
 * (`1: (record) => ({ ...record, version: 2, … })`), and the records already on phones are brought up
 * to date as they are read.
 */
const MIGRATIONS = {};

export function readOutboxRecord(stored: unknown): ReadResult<OutboxRecord> {
  return readVersioned(stored, {
    current: OUTBOX_VERSION,
    migrations: MIGRATIONS,
    schema: outboxRecordSchema,
  });
}

/** A walk as the person logged it, checked by the server's own schema before it is kept. */
export function checkedWalk(request: NewWalkRequest): QueuedWalk {
  return newWalkBody.parse(request);
}

/** A change to a walk, checked by the server's own schema before it is kept. */
export function checkedChanges(request: WalkChangesRequest): QueuedChanges {
  return walkChangesBody.parse(request);
}
