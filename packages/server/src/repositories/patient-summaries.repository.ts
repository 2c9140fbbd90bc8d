/**
 * SQL for the practice's list: each running link with its patient's summary (`patient_summaries`,
 * kept by the database's triggers, migration 0011), one row a patient.
 */
import { fromJson, toIso } from '../db/values.js';
import { compiledQuery } from './compiled.js';
import type { Executor } from './executor.js';
import type { LinkedPatient } from './care-links.repository.js';

/** A stored plan week as the summary keeps it: start (YYYY-MM-DD), planned, walked, average pain. */
export type SummaryWeek = readonly [weekStart: string, planned: number, walked: number, pain: number | null];

/** A running link as the practice's list reads it: with the patient's time zone and summary. */
export interface SummarisedLink extends LinkedPatient {
  /** The invite code the patient linked with, as printed (8 characters, no grouping). */
  code: string;
  /** The patient's time zone: their "today" decides which week has ended and what is recent. */
  timeZone: string;
  /** The latest stored plan weeks, oldest first; none before the first is stored. */
  recentWeeks: readonly SummaryWeek[];
  /** The date of the patient's last walk, YYYY-MM-DD; null before any. */
  lastWalk: string | null;
}

/** The practice's running links by name, each with its summary (none yet for a patient with no walk). */
const summarisedLinksOfPractice = compiledQuery((db: Executor, practiceId: string) =>
  db
    .selectFrom('care_links')
    .innerJoin('accounts', 'accounts.id', 'care_links.account_id')
    .leftJoin('patient_summaries', 'patient_summaries.account_id', 'care_links.account_id')
    .select([
      'care_links.id',
      'care_links.account_id',
      'care_links.patient_name',
      'care_links.consented_at',
      'care_links.invite_code',
      'accounts.time_zone',
      'patient_summaries.recent_weeks',
      'patient_summaries.last_walk',
    ])
    .where('care_links.practice_id', '=', practiceId)
    .where('care_links.ended_at', 'is', null)
    .orderBy('care_links.patient_name')
    .orderBy('care_links.id'),
);

export async function listSummarisedLinks(db: Executor, practiceId: string): Promise<SummarisedLink[]> {
  const { rows } = await summarisedLinksOfPractice(db, practiceId);
  return rows.map((row) => ({
    linkId: row.id,
    patientId: row.account_id,
    patientName: row.patient_name,
    since: toIso(row.consented_at),
    code: row.invite_code,
    timeZone: row.time_zone,
    recentWeeks: (fromJson(row.recent_weeks) ?? []) as SummaryWeek[],
    lastWalk: row.last_walk ?? null,
  }));
}

const listVersionOfPractice = compiledQuery((db: Executor, practiceId: string) =>
  db.selectFrom('practices').select('list_version').where('id', '=', practiceId),
);

/**
 * The practice's list version (`practices.list_version`, raised by the database whenever a row the
 * list is made from changes, migration 0013); undefined for a practice that is gone.
 */
export async function practiceListVersion(db: Executor, practiceId: string): Promise<number | undefined> {
  const [row] = (await listVersionOfPractice(db, practiceId)).rows;
  return row?.list_version;
}
