import type { Locale } from '@wandelcoach/engine';
import type { Translate } from '../i18n/catalogue.js';
import { dayInWords } from '../today/day-words.js';
import type { OutboxRecord, RefusedProblem } from './records.js';

/** What the server found wrong with a kept walk or answer, in the person's words (its own are English). */
export function refusedMessage(problem: RefusedProblem, t: Translate): string {
  switch (problem.kind) {
    case 'conflict':
      return t('outbox.refused.conflict');
    case 'not-found':
      return t('outbox.refused.notFound');
    case 'invalid-input': {
      // The one a person can put right themselves: a phone whose clock runs a day ahead.
      if (
        problem.errors.some((error) => error.path === 'date' && error.message.startsWith('is after today'))
      ) {
        return t('outbox.refused.dateAhead');
      }
      return t('outbox.refused.invalid', { fields: problem.errors.map((error) => error.path).join(', ') });
    }
    default:
      return t('outbox.refused.other', { status: problem.status });
  }
}

/** Which walk a kept record is about: "Your walk of Wednesday 18 November: 12 min walking." */
export function recordInWords(record: OutboxRecord, t: Translate, locale: Locale): string {
  if (record.kind === 'log') {
    return t('outbox.refused.walk', {
      date: dayInWords(locale, record.walk.date),
      minutes: record.walk.minutes,
      kind: t(`plan.kind.${record.walk.kind}`).toLowerCase(),
    });
  }
  return t('outbox.refused.change', { date: dayInWords(locale, record.walkDate) });
}
