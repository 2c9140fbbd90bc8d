import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The database or an open transaction: repositories work the same inside and outside one. */
export type Executor = Kysely<Database>;
