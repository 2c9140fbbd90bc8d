/**
 * The patient reads the access log about their own record (NEN 7513): who looked at or changed what,
 * for which practice, when. Stable codes only: the app puts them into words in the patient's language.
 */
import { listAccessAbout, type AccessActor } from '../repositories/access-log.repository.js';
import { openRecord, type RecordRequest } from './access.js';
import type { Account } from './accounts.service.js';
import type { ServiceContext } from './context.js';

export const ACCESS_LOG_PAGE = { default: 50, max: 200 } as const;

/** Where a page ends: the time and id of its last entry. */
export interface AccessLogCursor {
  at: string;
  id: string;
}

export interface AccessLogEntry {
  at: string;
  who: AccessActor;
  practice: { name: string } | null;
  resource: string;
  action: string;
}

export interface AccessLogPage {
  entries: AccessLogEntry[];
  /** The `before` of the next page; null on the last one. */
  next: AccessLogCursor | null;
}

export async function readAccessLog(
  context: ServiceContext,
  account: Account,
  page: { limit: number; before?: AccessLogCursor | undefined },
): Promise<AccessLogPage> {
  // One more than asked: whether it comes tells whether there is a next page.
  const rows = await listAccessAbout(context.db.kysely, account.id, {
    limit: page.limit + 1,
    before: page.before,
  });
  return toPage(rows, page.limit);
}

/**
 * A clinician reads what the members of the practice they act for did with a linked patient's record
 * (the practice's own part of the log; what other practices did is not theirs to see). The read is
 * itself in the log, written before the page is read, so the page shows it first.
 */
export async function readPatientAccessLog(
  context: ServiceContext,
  request: RecordRequest,
  page: { limit: number; before?: AccessLogCursor | undefined },
): Promise<AccessLogPage> {
  const { practiceId } = request.actor;
  if (practiceId === null) throw new Error('only a clinician acting for a practice reads a patient’s log');
  return context.db.kysely.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'read', 'access-log', context.now().toISOString());
    const rows = await listAccessAbout(trx, request.subjectId, {
      limit: page.limit + 1,
      before: page.before,
      byPracticeOf: practiceId,
    });
    return toPage(rows, page.limit);
  });
}

function toPage(rows: Awaited<ReturnType<typeof listAccessAbout>>, limit: number): AccessLogPage {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    entries: shown.map((row) => ({
      at: row.at,
      who: row.who,
      practice: row.practiceName === null ? null : { name: row.practiceName },
      resource: row.resource,
      action: row.action,
    })),
    next: rows.length > limit && last !== undefined ? last.cursor : null,
  };
}
