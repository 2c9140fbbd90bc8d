/**
 * Keeping flags and weekly minutes (docs/care-team.md, "Flags"): the pure rules in `flag-rules/`
 * say what today's record calls for; this stores it. It runs after a walk is written (outside the
 * walk's transaction, so a failure here never loses a walk) and from housekeeping on every instance
 * at once (for quiet weeks, adherence and anything a failure left out). Each practice with a running
 * link gets its own flags, so one practice's seeing or handling never changes another's. Raising is
 * idempotent: one open flag per patient, practice and kind (a unique index), and evidence a flag of
 * that practice has already covered (raised or handled after it) raises nothing again for it.
 */
import { dayNumber, isoDate, localDate } from '@wandelcoach/engine';
import { findAccountById } from '../repositories/accounts.repository.js';
import { listLinkedPatientIds, listRunningPracticeIds } from '../repositories/care-links.repository.js';
import { insertFlagIfNoneOpen, latestFlagTimes } from '../repositories/flags.repository.js';
import { listWalksBetween } from '../repositories/walks.repository.js';
import { saveWeeklyMinutes } from '../repositories/weekly-minutes.repository.js';
import type { ServiceContext } from './context.js';
import { flagsFor, SEVERITY_OF } from './flag-rules/index.js';
import { storedPlan } from './plan.service.js';

/** How many days of walks the rules read with the time each was written: two plan weeks. */
const WALK_DAYS = 14;

/** The intake's pain at rest; the engine's default (0) when it was left out. */
function baselineOf(intake: unknown): number {
  const painNow = (intake as { painNow?: unknown } | null)?.painNow;
  return typeof painNow === 'number' ? painNow : 0;
}

/**
 * Stores the patient's weekly minutes and raises the flags their record calls for today, for each
 * practice with a running link (nobody else reads them). Returns how many flags were raised.
 */
export async function refreshFlags(context: ServiceContext, accountId: string): Promise<number> {
  const db = context.db.kysely;
  const practiceIds = await listRunningPracticeIds(db, accountId);
  if (practiceIds.length === 0) return 0;
  const account = await findAccountById(db, accountId);
  if (account === undefined) return 0;
  const now = context.now();
  const today = localDate(now, account.time_zone);
  const stored = await storedPlan(db, accountId, today);
  if (stored === undefined) return 0;
  const walks = await listWalksBetween(db, accountId, isoDate(dayNumber(today) - WALK_DAYS), today);
  const { flags, weeks } = flagsFor({
    today,
    baseline: baselineOf(stored.intake),
    walks,
    logs: stored.logs,
    plan: stored.output,
  });
  const at = now.toISOString();
  await saveWeeklyMinutes(db, accountId, weeks, at);
  let raised = 0;
  for (const practiceId of practiceIds) {
    const covered = await latestFlagTimes(db, accountId, practiceId);
    for (const flag of flags) {
      if ((covered.get(flag.kind) ?? '') >= flag.evidenceAt) continue;
      const stored = await insertFlagIfNoneOpen(db, {
        accountId,
        practiceId,
        kind: flag.kind,
        severity: SEVERITY_OF[flag.kind],
        evidence: flag.evidence,
        raisedAt: at,
      });
      if (stored) raised++;
    }
  }
  return raised;
}

/**
 * After a walk (or an intake, or a clinician's plan change) was written: its flags and weekly minutes,
 * once the change is answered (`afterAnswer`), since flags replay
 * the plan and the walk's answer must not wait for that. A failure is reported and left to
 * housekeeping, since the walk itself is stored and its answer must not say otherwise.
 */
export async function refreshFlagsAfterWalk(context: ServiceContext, accountId: string): Promise<void> {
  const refresh = () => refreshFlags(context, accountId);
  if (context.afterAnswer !== undefined) {
    context.afterAnswer.run(refresh);
    return;
  }
  try {
    await refresh();
  } catch (error) {
    context.reportError?.(error);
  }
}

/** Every linked patient's flags and weekly minutes (housekeeping); one patient's failure stops no other. */
export async function refreshAllFlags(context: ServiceContext): Promise<void> {
  const failures: unknown[] = [];
  for (const accountId of await listLinkedPatientIds(context.db.kysely)) {
    try {
      await refreshFlags(context, accountId);
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, 'flags could not be kept for every patient');
}
