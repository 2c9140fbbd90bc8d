/**
 * Why a clinician supervised a walk, kept with the walk itself (`walks.supervision_reason`), so the
 * reason shows wherever the session shows and goes with it. Null for the patient's own walks and for
 * sessions stored before this migration (their reason was written as a note then). Frozen once shipped.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('walks').addColumn('supervision_reason', 'text').execute();
}
