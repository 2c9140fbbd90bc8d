/**
 * A physiotherapist's changes to the plan: the decisions their prescription caused (the engine marks
 * each reason `source: "CLINICIAN"`, with `by` and `clinicianReason`), for the plan's own list and for
 * today's screen when one falls in the current week.
 */
import type { DecisionRecord, Reason } from '@wandelcoach/engine';

export interface ClinicianChange {
  week: number;
  /** The day from which the decision applies. */
  date: string;
  reason: Reason;
}

/** Every reason a physiotherapist is the author of, in the plan's order (oldest first). */
export function clinicianChanges(decisions: readonly DecisionRecord[]): ClinicianChange[] {
  return decisions.flatMap((decision) =>
    decision.reasons
      .filter((reason) => reason.source === 'CLINICIAN' && reason.by !== undefined)
      .map((reason) => ({ week: decision.week, date: decision.date, reason })),
  );
}

/** The physiotherapist's changes that apply in `week` (today's plan week); none without a week. */
export function clinicianChangesIn(
  decisions: readonly DecisionRecord[],
  week: number | null,
): ClinicianChange[] {
  if (week === null) return [];
  return clinicianChanges(decisions).filter((change) => change.week === week);
}
