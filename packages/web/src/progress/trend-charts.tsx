/**
 * The two progress charts, each with its trend sentence above it, as a patient sees them on Progress
 * and their physiotherapist on the patient's page. Only the chart and its sentence are shared: each
 * screen puts its own heading around them (and the patient's screen a table below).
 */
import type { Locale } from '@wandelcoach/engine';
import { useMemo } from 'react';
import type { Progress } from '../api/client.js';
import { Chart } from '../components/chart.js';
import type { Translate } from '../i18n/catalogue.js';
import { minutesChart, painChart } from './charts.js';
import { minutesSummary, painSummary } from './trend.js';

/** Minutes planned against walked per week. */
export function MinutesTrendChart(props: { t: Translate; locale: Locale; weeks: Progress['weeks'] }) {
  const { t, locale, weeks } = props;
  const chart = useMemo(() => minutesChart(t, locale, weeks), [t, locale, weeks]);
  return (
    <>
      <p className="trend">{minutesSummary(t, weeks)}</p>
      <Chart
        label={t('progress.minutes.summary', { weeks: weeks.length })}
        data={chart.data}
        options={chart.options}
        legend={chart.legend}
      />
    </>
  );
}

/** Pain while walking and the next morning per day; only for a patient who has noted pain at all. */
export function PainTrendChart(props: { t: Translate; locale: Locale; pain: Progress['pain'] }) {
  const { t, locale, pain } = props;
  const chart = useMemo(() => painChart(t, locale, pain), [t, locale, pain]);
  return (
    <>
      <p className="trend">{painSummary(t, pain)}</p>
      <Chart
        label={t('progress.pain.summary', { days: pain.length })}
        data={chart.data}
        options={chart.options}
        legend={chart.legend}
      />
    </>
  );
}
