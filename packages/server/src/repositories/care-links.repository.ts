/** SQL for links between a patient and a practice (docs/care-team.md). */
import { sql } from 'kysely';
import type { Executor } from './executor.js';

/**
 * True when `patientId` has a running link with `practiceId` and `clinicianId` is a clinician of
 * that practice now: one query, so a revocation or a removal counts from the next request on.
 */
export async function clinicianMayReach(
  db: Executor,
  clinicianId: string,
  practiceId: string,
  patientId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('care_links')
    .innerJoin('practice_members', 'practice_members.practice_id', 'care_links.practice_id')
    .select(sql<number>`1`.as('one'))
    .where('care_links.account_id', '=', patientId)
    .where('care_links.practice_id', '=', practiceId)
    .where('care_links.ended_at', 'is', null)
    .where('practice_members.account_id', '=', clinicianId)
    .where(sql<boolean>`${sql.ref('practice_members.is_clinician')}`)
    .executeTakeFirst();
  return row !== undefined;
}
