/**
 * The patient reads the access log about their own record (NEN 7513): who looked at or changed what,
 * for which practice, when. Stable codes only: the app puts them into words in the patient's language.
 */
import { listAccessAbout, type AccessActor } from '../repositories/access-log.repository.js';
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
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    entries: shown.map((row) => ({
      at: row.at,
      who: row.who,
      practice: row.practiceName === null ? null : { name: row.practiceName },
      resource: row.resource,
      action: row.action,
    })),
    next: rows.length > page.limit && last !== undefined ? last.cursor : null,
  };
}
