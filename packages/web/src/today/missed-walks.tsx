/**
 * Walks of the past week that were planned but not noted: said plainly, without blame, with the one
 * thing to know: do not make up for them today (a much longer walk is the spike the plan avoids).
 */
import { dayNumber, isoDate, type Locale } from '@wandelcoach/engine';
import type { TodayWithIntake } from '../api/client.js';
import type { Translate } from '../i18n/catalogue.js';
import { dayInWords } from './day-words.js';

/** At most this many days are named; the advice is the same for more. */
const SHOWN_DAYS = 3;

export function MissedWalks(props: { t: Translate; locale: Locale; today: TodayWithIntake }) {
  const { t, today } = props;
  if (today.missed.length === 0) return null;
  const yesterdayDate = isoDate(dayNumber(today.date) - 1);
  return (
    <section className="notice missed" aria-labelledby="missed-title">
      <h2 id="missed-title">{t('today.missed.title')}</h2>
      <ul className="plain-list">
        {today.missed.slice(0, SHOWN_DAYS).map((day) => (
          <li key={day.date}>
            {t('today.missed.day', {
              day: day.date === yesterdayDate ? t('today.yesterday') : dayInWords(props.locale, day.date),
              walks: day.walks,
              minutes: day.minutes,
            })}
          </li>
        ))}
      </ul>
      <p>{t('today.missed.advice')}</p>
    </section>
  );
}
