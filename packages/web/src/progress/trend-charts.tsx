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
import { minutesChart, painChart, type ChartParts } from './charts.js';
import { minutesSummary, painSummary } from './trend.js';

/** A chart with the sentence that tells its story above it, for people who do not read charts. */
function TrendChart(props: { sentence: string; label: string; chart: ChartParts }) {
  const { chart } = props;
  return (
    <>
      <p className="trend">{props.sentence}</p>
      <Chart label={props.label} data={chart.data} options={chart.options} legend={chart.legend} />
    </>
  );
}

/** Minutes planned against walked per week. */
export function MinutesTrendChart(props: { t: Translate; locale: Locale; weeks: Progress['weeks'] }) {
  const { t, locale, weeks } = props;
  const chart = useMemo(() => minutesChart(t, locale, weeks), [t, locale, weeks]);
  return (
    <TrendChart
      sentence={minutesSummary(t, weeks)}
      label={t('progress.minutes.summary', { weeks: weeks.length })}
      chart={chart}
    />
  );
}

/** Pain while walking and the next morning per day; only for a patient who has noted pain at all. */
export function PainTrendChart(props: { t: Translate; locale: Locale; pain: Progress['pain'] }) {
  const { t, locale, pain } = props;
  const chart = useMemo(() => painChart(t, locale, pain), [t, locale, pain]);
  return (
    <TrendChart
      sentence={painSummary(t, pain)}
      label={t('progress.pain.summary', { days: pain.length })}
      chart={chart}
    />
  );
}
