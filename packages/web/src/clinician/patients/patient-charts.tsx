/**
 * A patient's minutes planned and walked per week, and pain during and the next morning, as the
 * patient's own progress charts draw them (uPlot, loaded with this file only).
 */
import type { Locale } from '@wandelcoach/engine';
import { useMemo } from 'react';
import type { Progress } from '../../api/client.js';
import { Chart } from '../../components/chart.js';
import type { Translate } from '../../i18n/index.js';
import { minutesChart, painChart } from '../../progress/charts.js';
import { minutesSummary, painSummary } from '../../progress/trend.js';
import '../../screens/plan-progress.css';

export function PatientCharts(props: { t: Translate; locale: Locale; progress: Progress }) {
  const { t, locale, progress } = props;
  const minutes = useMemo(() => minutesChart(t, locale, progress.weeks), [t, locale, progress.weeks]);
  const pain = useMemo(
    () => (progress.pain.length === 0 ? undefined : painChart(t, locale, progress.pain)),
    [t, locale, progress.pain],
  );
  return (
    <div className="cp-charts">
      <div>
        <h3>{t('progress.minutes')}</h3>
        <p className="trend">{minutesSummary(t, progress.weeks)}</p>
        <Chart
          label={t('progress.minutes.summary', { weeks: progress.weeks.length })}
          data={minutes.data}
          options={minutes.options}
          legend={minutes.legend}
        />
      </div>
      <div>
        <h3>{t('progress.pain')}</h3>
        {pain === undefined ? (
          <p>{t('progress.noPain')}</p>
        ) : (
          <>
            <p className="trend">{painSummary(t, progress.pain)}</p>
            <Chart
              label={t('progress.pain.summary', { days: progress.pain.length })}
              data={pain.data}
              options={pain.options}
              legend={pain.legend}
            />
          </>
        )}
      </div>
    </div>
  );
}
