/**
 * The progress screen's two charts as data, axes and legend: minutes per week (planned against
 * walked) and pain per day (while walking and the next morning). Lines differ by dash as well as
 * colour, so nothing depends on colour alone; the legend says which is which and shows each line's
 * latest value.
 */
import { dayNumber, type Locale } from '@wandelcoach/engine';
import type uPlot from 'uplot';
import type { Progress } from '../api/client.js';
import type { LegendEntry } from '../components/chart.js';
import {
  dayAxis,
  fromZero,
  paddedRange,
  shortDayLabel,
  valueAxis,
  weekAxis,
} from '../components/chart-axes.js';
import type { Translate } from '../i18n/catalogue.js';
import { lastNoted, weeksBegun } from './trend.js';

const INK = '#14201c';
const BRAND = '#1b4d3e';

export interface ChartParts {
  data: uPlot.AlignedData;
  options: Omit<uPlot.Options, 'width' | 'height'>;
  legend: LegendEntry[];
}

const solid = { stroke: BRAND, width: 3, points: { show: true, size: 8 } };
const dashed = { stroke: INK, width: 2, dash: [6, 4], points: { show: true, size: 8 } };

/**
 * Minutes planned and walked per week. Weeks still to come have no walked minutes (a gap, not a
 * zero). The legend gives the last week begun, the one a person is most likely to look for.
 */
export function minutesChart(t: Translate, locale: Locale, weeks: Progress['weeks']): ChartParts {
  const planned = (week: Progress['weeks'][number]) => week.planned.forward + week.planned.retro;
  const walked = (week: Progress['weeks'][number]) => week.walked.forward + week.walked.retro;
  const first = weeks[0]?.week ?? 1;
  const last = weeks[weeks.length - 1]?.week ?? first;
  const current = weeksBegun(weeks).at(-1);
  const shown = current ?? weeks[0];
  const inWeek = (value: number, week: number) => t('progress.legend.week', { value, week });
  return {
    data: [
      weeks.map((week) => week.week),
      weeks.map(planned),
      weeks.map((week) => (week.projected ? null : walked(week))),
    ],
    options: {
      scales: { x: { time: false, range: () => paddedRange(first, last) }, y: { range: fromZero } },
      axes: [weekAxis(locale, t('plan.week')), valueAxis(locale, t('progress.minutes'))],
      series: [
        {},
        { label: t('progress.planned'), stroke: INK, width: 2, dash: [6, 4] },
        { label: t('progress.walked'), ...solid },
      ],
    },
    legend: [
      {
        label: t('progress.planned'),
        value: shown === undefined ? t('progress.legend.none') : inWeek(planned(shown), shown.week),
        line: 'dashed',
      },
      {
        label: t('progress.walked'),
        value: current === undefined ? t('progress.legend.none') : inWeek(walked(current), current.week),
        line: 'solid',
      },
    ],
  };
}

/**
 * Pain on the days a walk was noted, on a scale of 0 to 10. Days are whole day numbers on a plain
 * scale (see chart-axes.ts for why not uPlot's time scale).
 */
export function painChart(t: Translate, locale: Locale, pain: Progress['pain']): ChartParts {
  const days = pain.map((point) => dayNumber(point.date));
  const first = days[0] ?? 0;
  const last = days[days.length - 1] ?? first;
  const latest = (values: { date: string; value: number | null }[]) => {
    const found = lastNoted(values);
    return found === undefined
      ? t('progress.legend.none')
      : t('progress.legend.day', {
          value: found.value,
          date: shortDayLabel(locale, dayNumber(found.date)),
        });
  };
  return {
    data: [days, pain.map((point) => point.painDuring), pain.map((point) => point.painNextMorning)],
    options: {
      scales: {
        x: { time: false, range: () => paddedRange(first, last) },
        y: { range: [0, 10] },
      },
      axes: [dayAxis(locale, first), valueAxis(locale, '0–10')],
      series: [
        {},
        { label: t('progress.painDuring'), ...solid },
        { label: t('progress.painNextMorning'), ...dashed, spanGaps: true },
      ],
    },
    legend: [
      {
        label: t('progress.painDuring'),
        value: latest(pain.map((point) => ({ date: point.date, value: point.painDuring }))),
        line: 'solid',
      },
      {
        label: t('progress.painNextMorning'),
        value: latest(pain.map((point) => ({ date: point.date, value: point.painNextMorning }))),
        line: 'dashed',
      },
    ],
  };
}
