/** The outcome of the safety check in plain words, with the reasons and their sources. */
import type { Locale, TriageResult } from '@wandelcoach/engine';
import { t } from '../messages/index.js';
import { heading, reasonLines, wrap } from './layout.js';

/** The triage level as a sentence about what the person should do. */
export function triageSentence(locale: Locale, triage: TriageResult, hasPlan: boolean): string {
  switch (triage.level) {
    case 'emergency':
      return t(locale, 'triage.emergency');
    case 'gp-soon':
      // A plan at this level means a GP's clearance was recorded; "see your GP first" would contradict it.
      return hasPlan ? t(locale, 'triage.gp-soon.cleared') : t(locale, 'triage.gp-soon');
    case 'routine-assessment':
      return t(locale, 'triage.routine-assessment');
    case 'self-manage':
      // "On your own" only when the engine said so itself ('self-manage'): it does not when anything
      // needs someone's help (supervision, a physiotherapist's advice, signs to have seen).
      return triage.reasons.some((reason) => reason.code === 'self-manage')
        ? t(locale, 'triage.self-manage')
        : t(locale, 'triage.self-manage.helped');
  }
}

export function renderTriage(locale: Locale, triage: TriageResult, hasPlan: boolean): string[] {
  const lines = heading(t(locale, 'heading.triage'));
  lines.push(...wrap(triageSentence(locale, triage, hasPlan), ''));
  for (const reason of triage.reasons) lines.push(...reasonLines(reason));
  if (triage.recheckRedFlags && !triage.reasons.some((reason) => reason.code === 'recheck-red-flags')) {
    lines.push(...wrap(t(locale, 'triage.recheck'), ''));
  }
  return lines;
}
