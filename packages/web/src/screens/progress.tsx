/**
 * Progress a person can see: minutes planned against walked per week, and pain while walking and the
 * next morning over time, as charts and as tables; then the plan's decisions with their reasons.
 * Lines differ by dash as well as colour, so nothing depends on colour alone.
 */
import { formatNumber, type Locale } from '@wandelcoach/engine';
import { useEffect, useMemo, useState } from 'react';
import type uPlot from 'uplot';
import type { ApiClient, Progress } from '../api/client.js';
import { Chart } from '../components/chart.js';
import { TableScroll } from '../components/table-scroll.js';
import type { Translate } from '../i18n/index.js';
import { errorMessage } from '../api/error-message.js';

const INK = '#14201c';
const BRAND = '#1b4d3e';

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T12:00:00Z`) / 1000;
}

export function ProgressScreen(props: { t: Translate; locale: Locale; api: ApiClient }) {
  const { t, locale } = props;
  const [progress, setProgress] = useState<Progress>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    props.api.progress().then(setProgress, (error: unknown) => {
      setFailure(errorMessage(error, t));
    });
  }, [props.api, t]);

  const minutes = useMemo(() => {
    if (progress === undefined) return undefined;
    const data: uPlot.AlignedData = [
      progress.weeks.map((w) => w.week),
      progress.weeks.map((w) => w.planned.forward + w.planned.retro),
      progress.weeks.map((w) => (w.projected ? null : w.walked.forward + w.walked.retro)),
    ];
    const options: Omit<uPlot.Options, 'width' | 'height'> = {
      scales: { x: { time: false } },
      axes: [{ label: t('plan.week') }, { label: t('progress.minutes') }],
      series: [
        {},
        { label: t('progress.planned'), stroke: INK, width: 2, dash: [6, 4] },
        { label: t('progress.walked'), stroke: BRAND, width: 3, points: { show: true, size: 8 } },
      ],
    };
    return { data, options };
  }, [progress, t]);

  const pain = useMemo(() => {
    if (progress === undefined || progress.pain.length === 0) return undefined;
    const data: uPlot.AlignedData = [
      progress.pain.map((p) => dayNumber(p.date)),
      progress.pain.map((p) => p.painDuring),
      progress.pain.map((p) => p.painNextMorning),
    ];
    const options: Omit<uPlot.Options, 'width' | 'height'> = {
      scales: { y: { range: [0, 10] } },
      axes: [{}, { label: '0–10' }],
      series: [
        {},
        { label: t('progress.painDuring'), stroke: BRAND, width: 3, points: { show: true, size: 8 } },
        {
          label: t('progress.painNextMorning'),
          stroke: INK,
          width: 2,
          dash: [6, 4],
          points: { show: true, size: 8 },
        },
      ],
    };
    return { data, options };
  }, [progress, t]);

  if (failure !== undefined) {
    return (
      <p role="alert" className="error">
        {failure}
      </p>
    );
  }
  if (progress === undefined || minutes === undefined) return null;
  const n = (value: number) => formatNumber(locale, value);

  return (
    <>
      <h1>{t('progress.title')}</h1>
      <p className="lead">{t('progress.intro')}</p>
      <h2>{t('progress.minutes')}</h2>
      <Chart
        label={t('progress.minutes.summary', { weeks: progress.weeks.length })}
        data={minutes.data}
        options={minutes.options}
      />
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
      {pain === undefined ? (
        <p>{t('progress.noPain')}</p>
      ) : (
        <>
          <Chart
            label={t('progress.pain.summary', { days: progress.pain.length })}
            data={pain.data}
            options={pain.options}
          />
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
                <span lang={progress.locale}>{reason.message}</span>{' '}
                <span className="source">{t('triage.source', { source: reason.source })}</span>
              </li>
            )),
          )}
      </ul>
    </>
  );
}
