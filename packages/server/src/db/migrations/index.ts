/**
 * The one migration history, for SQLite and PostgreSQL alike, in the order it is applied. Names
 * sort in that order too; a new migration goes at the end.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import * as accountsWalksAudit from './0001-accounts-walks-audit.js';
import * as walkTombstones from './0002-walk-tombstones.js';
import * as emailLinks from './0003-email-links.js';
import * as careTeam from './0004-care-team.js';
import * as flags from './0005-flags.js';
import * as prescriptions from './0006-prescriptions.js';
import * as notes from './0007-notes.js';
import * as outcomeMeasures from './0008-outcome-measures.js';
import * as planVersion from './0009-plan-version.js';
import * as weeklyPain from './0010-weekly-pain.js';
import * as patientSummaries from './0011-patient-summaries.js';
import * as supervisedSessionReason from './0012-supervised-session-reason.js';
import * as practiceListVersion from './0013-practice-list-version.js';
import * as flagsPerPractice from './0014-flags-per-practice.js';

export interface VersionedMigration {
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

export const MIGRATIONS: Readonly<Record<string, VersionedMigration>> = {
  '0001-accounts-walks-audit': accountsWalksAudit,
  '0002-walk-tombstones': walkTombstones,
  '0003-email-links': emailLinks,
  '0004-care-team': careTeam,
  '0005-flags': flags,
  '0006-prescriptions': prescriptions,
  '0007-notes': notes,
  '0008-outcome-measures': outcomeMeasures,
  '0009-plan-version': planVersion,
  '0010-weekly-pain': weeklyPain,
  '0011-patient-summaries': patientSummaries,
  '0012-supervised-session-reason': supervisedSessionReason,
  '0013-practice-list-version': practiceListVersion,
  '0014-flags-per-practice': flagsPerPractice,
};
