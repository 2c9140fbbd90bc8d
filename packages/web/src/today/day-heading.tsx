/**
 * The top of today's screen: which day it is in words ("woensdag 18 november"), where it sits in the
 * programme ("week 1, dag 2") and how many minutes of walking the day holds in all.
 */
import type { Locale } from '@wandelcoach/engine';
import type { Today } from '../api/client.js';
import type { Translate } from '../i18n/catalogue.js';
import { dayInWords } from './day-words.js';

export function DayHeading(props: { t: Translate; locale: Locale; today: Today }) {
  const { t, today } = props;
  const total = today.sessions.reduce((sum, session) => sum + session.minutes, 0);
  return (
    <header className="day-heading">
      <h1>{t('today.title')}</h1>
      <p className="day-date">{dayInWords(props.locale, today.date)}</p>
      {today.week !== null && today.day !== null && (
        <p className="day-place">{t('today.weekDay', { week: today.week, day: today.day })}</p>
      )}
      {total > 0 && <p className="day-total">{t('today.total', { minutes: total })}</p>}
    </header>
  );
}
