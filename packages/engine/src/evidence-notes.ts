/**
 * Evidence notes: where the two source articles and the wider evidence differ (docs/clinical-rules.md §3–4),
 * shown next to the plan so that nobody mistakes a rule of thumb for a proven fact.
 */
import type { Reason } from './output.js';
import { reason } from './reasons.js';
import type { Intake } from './schema.js';

export function evidenceNotes(intake: Intake, retroInPlan: boolean): Reason[] {
  const locale = intake.locale;
  const notes: Reason[] = [];
  if (intake.goals.includes('back-pain')) {
    notes.push(
      reason(locale, 'note.walkback', 'WALKBACK'),
      reason(locale, 'note.cadence', 'CADENCE'),
      reason(locale, 'note.breathing', 'SEED-BP'),
      reason(locale, 'note.no-bed-rest', 'KNGF-C.2.2'),
    );
  }
  if (intake.goals.includes('retro-walking')) {
    notes.push(reason(locale, 'note.retro-trials', 'SEED-RW'));
    if (retroInPlan) notes.push(reason(locale, 'note.ten-percent', 'SEED-RW'));
    notes.push(reason(locale, 'note.fall-prevention', 'STEADI'));
    if (intake.conditions.includes('knee-oa')) notes.push(reason(locale, 'note.knee-oa', 'SEED-RW'));
    if (intake.conditions.includes('plantar-fasciitis'))
      notes.push(reason(locale, 'note.plantar-fasciitis', 'SEED-RW'));
    if (intake.conditions.includes('stroke') || intake.conditions.includes('multiple-sclerosis')) {
      notes.push(reason(locale, 'note.stroke-ms', 'SEED-RW'));
    }
  }
  return notes;
}
