/**
 * A patient's minutes planned and walked per week, and pain during and the next morning, as the
 * patient's own progress charts draw them (uPlot, loaded with this file only).
 */
import type { Locale } from '@wandelcoach/engine';
import type { Progress } from '../../api/client.js';
import type { Translate } from '../../i18n/index.js';
import { MinutesTrendChart, PainTrendChart } from '../../progress/trend-charts.js';
import '../../screens/plan-progress.css';

export function PatientCharts(props: { t: Translate; locale: Locale; progress: Progress }) {
  const { t, locale, progress } = props;
  return (
    <div className="cp-charts">
      <div>
        <h3>{t('progress.minutes')}</h3>
        <MinutesTrendChart t={t} locale={locale} weeks={progress.weeks} />
      </div>
      <div>
        <h3>{t('progress.pain')}</h3>
        {progress.pain.length === 0 ? (
          <p>{t('progress.noPain')}</p>
        ) : (
          <PainTrendChart t={t} locale={locale} pain={progress.pain} />
        )}
      </div>
    </div>
  );
}
