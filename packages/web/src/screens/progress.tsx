/**
 * Progress a person can see: minutes planned against walked per week, and pain while walking and the
 * next morning over time, as charts and as tables; then the plan's decisions with their reasons.
 * The charts are described in a sentence of words each (progress/trend.ts), for people who do not
 * read charts.
 */
import { formatNumber, type Locale } from '@wandelcoach/engine';
import { useEffect, useState } from 'react';
import type { ApiClient, Progress } from '../api/client.js';
import { ReasonLine } from '../components/reason-line.js';
import { TableScroll } from '../components/table-scroll.js';
import type { Translate } from '../i18n/catalogue.js';
import { errorMessage } from '../api/error-message.js';
import { MinutesTrendChart, PainTrendChart } from '../progress/trend-charts.js';
import './plan-progress.css';

/** Asks for the numbers, then shows them; {@link ProgressView} shows numbers already fetched. */
export function ProgressScreen(props: { t: Translate; locale: Locale; api: ApiClient }) {
  const { t } = props;
  const [progress, setProgress] = useState<Progress>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    props.api.progress().then(setProgress, (error: unknown) => {
      setFailure(errorMessage(error, t));
    });
  }, [props.api, t]);

  if (failure !== undefined) {
    return (
      <p role="alert" className="error">
        {failure}
      </p>
    );
  }
  if (progress === undefined) return null;
  return <ProgressView t={t} locale={props.locale} progress={progress} />;
}

/** The numbers as charts, sentences and tables, and the plan's decisions with their reasons. */
export function ProgressView(props: { t: Translate; locale: Locale; progress: Progress }) {
  const { t, locale, progress } = props;
  const n = (value: number) => formatNumber(locale, value);

  return (
    <>
      <h1>{t('progress.title')}</h1>
      <p className="lead">{t('progress.intro')}</p>
      <h2>{t('progress.minutes')}</h2>
      <MinutesTrendChart t={t} locale={locale} weeks={progress.weeks} />
      <details>
        <summary>{t('progress.table')}</summary>
        <TableScroll label={t('progress.minutes')}>
          <table className="weeks">
            <caption>{t('progress.minutes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.week')}</th>
                <th scope="col">{t('progress.planned')}</th>
                <th scope="col">{t('progress.walked')}</th>
              </tr>
            </thead>
            <tbody>
              {progress.weeks.map((week) => (
                <tr key={week.week}>
                  <th scope="row">{t('plan.weekNumber', { week: week.week })}</th>
                  <td>{n(week.planned.forward + week.planned.retro)}</td>
                  <td>{week.projected ? '–' : n(week.walked.forward + week.walked.retro)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
      <h2>{t('progress.pain')}</h2>
      {progress.pain.length === 0 ? (
        <p>{t('progress.noPain')}</p>
      ) : (
        <>
          <PainTrendChart t={t} locale={locale} pain={progress.pain} />
          <details>
            <summary>{t('progress.table')}</summary>
            <TableScroll label={t('progress.pain')}>
              <table className="weeks">
                <caption>{t('progress.pain')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('progress.date')}</th>
                    <th scope="col">{t('progress.painDuring')}</th>
                    <th scope="col">{t('progress.painNextMorning')}</th>
                  </tr>
                </thead>
                <tbody>
                  {progress.pain.map((point) => (
                    <tr key={point.date}>
                      <th scope="row">{point.date}</th>
                      <td>{point.painDuring}</td>
                      <td>{point.painNextMorning ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        </>
      )}
      <h2>{t('progress.decisions')}</h2>
      <ul className="reasons">
        {progress.decisions
          .filter((decision) => !decision.projected)
          .flatMap((decision) =>
            decision.reasons.map((reason) => (
              <li key={`${String(decision.week)}-${reason.code}`}>
                <strong>{t('plan.weekNumber', { week: decision.week })}:</strong>{' '}
                <ReasonLine reason={reason} lang={progress.locale} t={t} locale={locale} />
              </li>
            )),
          )}
      </ul>
    </>
  );
}
