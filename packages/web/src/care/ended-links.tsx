/**
 * On `/care-team`, under the running links: the links that ended, the most recently ended first (as
 * the server sends them), each with its practice, from when to when, and who ended it. A practice
 * that ended the link then does not just vanish from the person's view.
 */
import type { Locale } from '@wandelcoach/engine';
import { useId } from 'react';
import type { EndedCareLink } from '../api/client.js';
import type { Translate } from '../i18n/catalogue.js';
import { day } from './day.js';

/** The two sentences under the practice's name: the period, and who ended the link. */
export function endedLinkWords(t: Translate, locale: Locale, link: EndedCareLink): [string, string] {
  const since = day(locale, link.since);
  const until = day(locale, link.endedAt);
  const period =
    since === until
      ? t('care.team.endedSameDay', { date: since })
      : t('care.team.endedPeriod', { since, until });
  return [period, whoEnded(t, link.endedBy)];
}

function whoEnded(t: Translate, endedBy: EndedCareLink['endedBy']): string {
  switch (endedBy) {
    case 'you':
      return t('care.team.endedByYou');
    case 'practice':
      return t('care.team.endedByPractice');
  }
}

export function EndedLinks(props: { t: Translate; locale: Locale; ended: readonly EndedCareLink[] }) {
  const { t } = props;
  const id = useId();
  if (props.ended.length === 0) return null;
  return (
    <section className="ended-links" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('care.team.endedTitle')}</h2>
      <p>{t('care.team.endedIntro')}</p>
      <ul>
        {props.ended.map((link) => {
          const [period, who] = endedLinkWords(t, props.locale, link);
          return (
            <li key={`${link.endedAt}-${link.practice.name}`}>
              <strong>{link.practice.name}</strong>
              <span>{period}</span>
              <span>{who}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
