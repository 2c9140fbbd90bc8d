/** What to do when the safety check gives no plan: at once for an emergency, via the GP otherwise. */
import type { Locale, TriageLevel } from '@wandelcoach/engine';
import { t } from '../messages/index.js';
import { heading, wrap } from './layout.js';

export function renderNoPlan(locale: Locale, level: TriageLevel): string[] {
  const lines = heading(t(locale, 'heading.no-plan'));
  let advice: string;
  switch (level) {
    case 'emergency':
      advice = t(locale, 'no-plan.emergency');
      break;
    case 'gp-soon':
      // The exact intake field, so a person (or whoever helps them) can copy it once the GP agrees;
      // the date is the visit's, to fill in (never an ISO date inside a sentence).
      advice = t(locale, 'no-plan.gp-soon', {
        clearance: '"clearedBy": { "by": "gp", "date": "YYYY-MM-DD" }',
      });
      break;
    case 'routine-assessment':
    case 'self-manage':
      // The contract gives these levels a plan; kept so a change in the engine still prints advice.
      advice = t(locale, 'no-plan.other');
      break;
  }
  lines.push(...wrap(advice, ''));
  return lines;
}
