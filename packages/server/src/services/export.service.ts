/** Everything stored about a person, as JSON, or their walks as CSV. Every export is audited. */
import { findAccountById } from '../repositories/accounts.repository.js';
import { listAccessAbout } from '../repositories/access-log.repository.js';
import { listAuditFor, recordAudit, type AuditEvent } from '../repositories/audit.repository.js';
import { listAllLinksOfPatient, type StoredLink } from '../repositories/care-links.repository.js';
import type { Executor } from '../repositories/executor.js';
import { listAllFlagsOfPatient, type ExportedFlag } from '../repositories/flags.repository.js';
import { listAllNotes, type ExportedNote } from '../repositories/notes.repository.js';
import { listOutcomeAnswers, type StoredOutcomeAnswer } from '../repositories/outcome-measures.repository.js';
import { findIntake } from '../repositories/intakes.repository.js';
import { listWalks, type Walk } from '../repositories/walks.repository.js';
import {
  listPrescriptionItems,
  type PrescriptionItem,
} from '../repositories/prescription-items.repository.js';
import { toIso } from '../db/values.js';
import { openRecord } from './access.js';
import type { AccessLogEntry } from './access-log.service.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import type { PlanRequest } from './plan.service.js';

export interface DataExport {
  exportedAt: string;
  account: { id: string; email: string; role: string; locale: string; timeZone: string; createdAt: string };
  intake: unknown;
  walks: Walk[];
  auditLog: AuditEvent[];
  /** Every link with a practice, running or ended, with the name the clinician gave. */
  careLinks: StoredLink[];
  /** Who reached the record, oldest first (NEN 7513), with today's names. */
  accessLog: AccessLogEntry[];
  /** What each practice was shown about the patient (falls, pain, …), with who saw or handled it. */
  flags: ExportedFlag[];
  /** Clinicians' notes on the patient, of every practice, newest first: part of the patient's file. */
  notes: ExportedNote[];
  /** The outcome questionnaires answered (NPRS, PSFS, global rating of change), oldest first. */
  outcomeMeasures: StoredOutcomeAnswer[];
  /** The plan changes and clearances clinicians recorded, in recorded order, each with who and why. */
  prescription: (PrescriptionItem & { id: string; createdAt: string })[];
}

/** The whole access log about the person, a page at a time, oldest first. */
async function wholeAccessLog(db: Executor, patientId: string): Promise<AccessLogEntry[]> {
  const entries: AccessLogEntry[] = [];
  let before: { at: string; id: string } | undefined;
  for (;;) {
    const page = await listAccessAbout(db, patientId, { limit: 1000, before });
    for (const row of page) {
      entries.push({
        at: row.at,
        who: row.who,
        practice: row.practiceName === null ? null : { name: row.practiceName },
        resource: row.resource,
        action: row.action,
      });
    }
    const last = page.at(-1);
    if (page.length < 1000 || last === undefined) return entries.reverse();
    before = last.cursor;
  }
}

export type ExportFormat = 'json' | 'csv';

export async function exportData(
  context: ServiceContext,
  request: PlanRequest,
  format: ExportFormat,
): Promise<DataExport> {
  const at = context.now().toISOString();
  // One transaction: the export and its audit row are written together or not at all.
  return context.db.kysely.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'read', 'export', at);
    const account = await findAccountById(trx, request.subjectId);
    if (account === undefined) throw new ServiceError('not-found', 'No such account.');
    await recordAudit(trx, {
      accountId: request.subjectId,
      actorId: request.actor.id,
      action: 'data-exported',
      detail: { format },
      ip: request.meta.ip,
      at,
    });
    return {
      exportedAt: at,
      account: {
        id: account.id,
        email: account.email,
        role: account.role,
        locale: account.locale,
        timeZone: account.time_zone,
        createdAt: toIso(account.created_at),
      },
      intake: (await findIntake(trx, request.subjectId)) ?? null,
      walks: await listWalks(trx, request.subjectId),
      auditLog: await listAuditFor(trx, request.subjectId),
      careLinks: await listAllLinksOfPatient(trx, request.subjectId),
      accessLog: await wholeAccessLog(trx, request.subjectId),
      flags: await listAllFlagsOfPatient(trx, request.subjectId),
      notes: await listAllNotes(trx, request.subjectId),
      outcomeMeasures: await listOutcomeAnswers(trx, request.subjectId),
      prescription: (await listPrescriptionItems(trx, request.subjectId)).map(
        ({ practiceId: _practice, clinicianId: _clinician, ...item }) => item,
      ),
    };
  });
}

const CSV_COLUMNS = [
  'id',
  'date',
  'kind',
  'minutes',
  'painDuring',
  'painNextMorning',
  'dizziness',
  'fall',
  'newSymptoms',
  'createdAt',
  'updatedAt',
] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula. */
function csvField(value: string | number | boolean | null | readonly string[]): string {
  let text = value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function walksToCsv(walks: readonly Walk[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const walk of walks) lines.push(CSV_COLUMNS.map((column) => csvField(walk[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
