/**
 * One line per change (docs/clinical-rules.md §5, "Explanations"). A person reads the plan's
 * explanations week after week; the same sentence in every week ("this week is a look ahead…" eleven
 * times) hides the one that is new. So:
 *
 * - a line about a lasting state (the weeks ahead are a projection, the single-walk cap shapes the
 *   walks, the build-up is complete, retro-walking waits) is said in the week the state begins, not
 *   again in each week it goes on; said again only when it begins anew after a week without it;
 * - a line about what happened in the week just reviewed is always said: each speaks of another week;
 * - no week says the same line twice.
 *
 * A weekly decision left without a line of its own continues the week before unchanged (the line it
 * rests on stands a week earlier). Should one change the decision and have nothing new to say, it keeps
 * its lasting lines: every change says why.
 */
import type { DecisionRecord, Reason } from '../output.js';
import type { ReasonCode } from '../i18n/index.js';

/** Lines that describe a state lasting from week to week rather than what happened in one week. */
export const LASTING_LINES: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'decision.projection',
  'spike-cap',
  'decision.target-reached',
  'decision.retro-target-reached',
  'decision.retro-waiting',
  'decision.hold.paused',
  'retro.fitted',
  'retro.waiting-for-room',
  'clinician.hold.paused',
]);

/** A line as the person reads it: the same words from the same source are the same line. */
function lineOf(reason: Reason): string {
  return `${reason.source}\u0000${reason.message}`;
}

function isWeekly(record: DecisionRecord): boolean {
  return record.decision !== 'stop-retro' && record.decision !== 'pause';
}

/**
 * The decisions with each line said once, where it is news. The records keep their order, weeks and
 * decisions; only repeated lines go.
 *
 * @example
 * // weeks 4 to 12 are projections: the projection line stays in week 4 only
 * oncePerChange(decisions).filter((d) => d.reasons.some((r) => r.code === 'decision.projection')).length; // 1
 */
export function oncePerChange(decisions: readonly DecisionRecord[]): DecisionRecord[] {
  // Every line of each week as the replay gave it: a lasting line is news unless the week before said it.
  const linesByWeek = new Map<number, Set<string>>();
  const weeklyDecision = new Map<number, DecisionRecord['decision']>();
  for (const record of decisions) {
    let lines = linesByWeek.get(record.week);
    if (lines === undefined) linesByWeek.set(record.week, (lines = new Set()));
    for (const reason of record.reasons) lines.add(lineOf(reason));
    if (isWeekly(record)) weeklyDecision.set(record.week, record.decision);
  }

  const saidInWeek = new Map<number, Set<string>>();
  return decisions.map((record) => {
    let said = saidInWeek.get(record.week);
    if (said === undefined) saidInWeek.set(record.week, (said = new Set()));
    const weekBefore = linesByWeek.get(record.week - 1);
    const isNews = (reason: Reason): boolean =>
      !LASTING_LINES.has(reason.code) || weekBefore === undefined || !weekBefore.has(lineOf(reason));

    let kept = record.reasons.filter(isNews);
    const changed = weeklyDecision.get(record.week - 1) !== record.decision;
    if (kept.length === 0 && isWeekly(record) && changed) kept = [...record.reasons];

    const reasons: Reason[] = [];
    for (const reason of kept) {
      const line = lineOf(reason);
      if (said.has(line)) continue;
      said.add(line);
      reasons.push(reason);
    }
    return reasons.length === record.reasons.length ? record : { ...record, reasons };
  });
}
