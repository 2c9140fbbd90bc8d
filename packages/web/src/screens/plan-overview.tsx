/** The twelve weeks at a glance: minutes of forward and backward walking per week, and why. */
import { formatNumber, type Locale, type PlanOutput, type PlanWeek } from '@wandelcoach/engine';
import type { ReactNode } from 'react';
import type { Translate } from '../i18n/catalogue.js';
import { PlanChanges } from '../care/plan-changes.js';
import { ReasonLine } from '../components/reason-line.js';
import { TableScroll } from '../components/table-scroll.js';
import { planToIcs } from '../plan/ics.js';
import { programmesIn } from '../plan/programmes.js';
import './plan-progress.css';

const dayMonth = new Map<Locale, Intl.DateTimeFormat>();

function shortDate(locale: Locale, iso: string): string {
  let format = dayMonth.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    dayMonth.set(locale, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

const longDates = new Map<Locale, Intl.DateTimeFormat>();

function longDate(locale: Locale, iso: string): string {
  let format = longDates.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    longDates.set(locale, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** A week's first and last day: "1 dec – 7 dec". */
function weekDates(locale: Locale, week: PlanWeek): string {
  const end = week.days[week.days.length - 1]?.date ?? week.startDate;
  return `${shortDate(locale, week.startDate)} – ${shortDate(locale, end)}`;
}

function downloadCalendar(output: PlanOutput, t: Translate): void {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const ics = planToIcs(
    output,
    {
      title: (kind, minutes) => t('plan.ics.title', { kind: t(`plan.kind.${kind}`), minutes }),
      description: t('plan.ics.description'),
    },
    stamp,
  );
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'wandelcoach-plan.ics';
  link.click();
  URL.revokeObjectURL(url);
}

export function PlanOverview(props: {
  /** Shown under the title: what the outbox holds that the plan does not count yet. */
  notices?: ReactNode;
  output: PlanOutput;
  locale: Locale;
  t: Translate;
  onToday: () => void;
}) {
  const { output, t, locale } = props;
  if (output.plan === null) return <p>{t('plan.none')}</p>;
  const programmes = programmesIn(output.plan.weeks);
  const minutes = (value: number) => t('plan.minutes', { minutes: formatNumber(locale, value) });
  return (
    <>
      <h1>{t('plan.title')}</h1>
      {props.notices}
      <p className="lead">{t('plan.intro')}</p>
      <PlanChanges output={output} t={t} locale={locale} />
      <div className="actions no-print">
        <button type="button" className="primary" onClick={props.onToday}>
          {t('nav.today')}
        </button>
        <button
          type="button"
          onClick={() => {
            // Every week's days on paper, not only the ones opened on screen.
            for (const details of document.querySelectorAll('details')) details.open = true;
            window.print();
          }}
        >
          {t('plan.print')}
        </button>
        <button
          type="button"
          onClick={() => {
            downloadCalendar(output, t);
          }}
        >
          {t('plan.calendar')}
        </button>
      </div>
      {/* A table on wide screens and on paper; a card per week where a table would not fit
          (narrow screens, larger text): plan-progress.css shows one or the other. */}
      <div className="plan-table">
        <TableScroll label={t('plan.title')}>
          <table className="weeks">
            <caption>{t('plan.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.week')}</th>
                <th scope="col">{t('plan.dates')}</th>
                {programmes.forward && <th scope="col">{t('plan.forward')}</th>}
                {programmes.retro && <th scope="col">{t('plan.retro')}</th>}
              </tr>
            </thead>
            <tbody>
              {output.plan.weeks.map((week) => (
                <tr key={week.week}>
                  <th scope="row">
                    {t('plan.weekNumber', { week: week.week })}
                    {week.projected && <span className="tag">{t('plan.projected')}</span>}
                  </th>
                  <td>{weekDates(locale, week)}</td>
                  {programmes.forward && <td>{formatNumber(locale, week.totals.forwardMinutes)}</td>}
                  {programmes.retro && <td>{formatNumber(locale, week.totals.retroMinutes)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
      <ol className="week-cards" aria-label={t('plan.cards')}>
        {output.plan.weeks.map((week) => (
          <li key={week.week} className="week-card">
            <h2>
              {t('plan.weekNumber', { week: week.week })}
              {week.projected && <span className="tag">{t('plan.projected')}</span>}
            </h2>
            <p>{weekDates(locale, week)}</p>
            <dl>
              {programmes.forward && (
                <div>
                  <dt>{t('plan.kind.forward')}</dt>
                  <dd>{minutes(week.totals.forwardMinutes)}</dd>
                </div>
              )}
              {programmes.retro && (
                <div>
                  <dt>{t('plan.kind.retro')}</dt>
                  <dd>{minutes(week.totals.retroMinutes)}</dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ol>
      {output.plan.weeks.map((week) => (
        <details key={week.week} className="week-days">
          <summary>{t('plan.days', { week: week.week })}</summary>
          <ul>
            {week.days.map((day) => (
              <li key={day.date}>
                <strong>{longDate(locale, day.date)}</strong>:{' '}
                {day.sessions.length === 0
                  ? t('plan.restDay')
                  : day.sessions
                      .map((session) =>
                        t('plan.session', {
                          part: t(`today.part.${session.partOfDay}`),
                          kind: t(`plan.kind.${session.kind}`),
                          minutes: formatNumber(locale, session.minutes),
                        }),
                      )
                      .join(' · ')}
              </li>
            ))}
          </ul>
        </details>
      ))}
      <h2>{t('plan.why')}</h2>
      <ul className="reasons">
        {output.decisions.flatMap((decision) =>
          decision.reasons.map((reason) => (
            <li key={`${decision.week}-${reason.code}`}>
              <strong>{t('plan.weekNumber', { week: decision.week })}:</strong>{' '}
              <ReasonLine reason={reason} lang={output.locale} t={t} locale={locale} />
            </li>
          )),
        )}
        {output.notes.map((note) => (
          <li key={note.code}>
            <ReasonLine reason={note} lang={output.locale} t={t} locale={locale} />
          </li>
        ))}
      </ul>
    </>
  );
}
