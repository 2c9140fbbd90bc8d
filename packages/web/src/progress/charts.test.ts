import { describe, expect, it } from 'vitest';
import uPlot from 'uplot';
import type { Progress } from '../api/client.js';
import { dayNumber, isoDate as dateOfDay } from '@wandelcoach/engine';
import { translator } from '../i18n/index.js';
import { minutesChart, painChart } from './charts.js';

const nl = translator('nl');
const en = translator('en');
// The range callbacks never look at the chart itself, so a bare one (never drawn) will do.
const chart = Object.create(uPlot.prototype) as uPlot;

function xRange(options: Omit<uPlot.Options, 'width' | 'height'>): uPlot.Range.MinMax {
  const range = options.scales?.x?.range as uPlot.Range.Function;
  return range(chart, 0, 0, 'x');
}

function week(number: number, planned: number, walked: number, projected: boolean) {
  return {
    week: number,
    startDate: '2026-11-30',
    endDate: '2026-12-06',
    projected,
    planned: { forward: planned, retro: 0 },
    walked: { forward: walked, retro: 0 },
  };
}

describe('the pain chart', () => {
  const points: Progress['pain'] = [
    { date: '2026-12-01', painDuring: 5, painNextMorning: 4 },
    { date: '2026-12-09', painDuring: 3, painNextMorning: null },
  ];

  it('plots whole days of December 2026 on a plain scale, not years ahead', () => {
    const { data, options } = painChart(nl, 'nl', points);
    expect(data[0]).toEqual([dayNumber('2026-12-01'), dayNumber('2026-12-09')]);
    expect(options.scales?.x?.time).toBe(false);
    const [min, max] = xRange(options);
    expect(dateOfDay(Math.ceil(min ?? 0))).toBe('2026-12-01');
    expect(dateOfDay(Math.floor(max ?? 0))).toBe('2026-12-09');
  });

  it('keeps a single day’s range to that day', () => {
    const [min, max] = xRange(painChart(nl, 'nl', points.slice(0, 1)).options);
    expect((max ?? 0) - (min ?? 0)).toBe(1);
  });

  it('has a legend with the lines’ names and latest values, never "--"', () => {
    expect(painChart(nl, 'nl', points).legend).toEqual([
      { label: 'Tijdens het lopen', value: '3 op 9 dec', line: 'solid' },
      { label: 'De ochtend erna', value: '4 op 1 dec', line: 'dashed' },
    ]);
    const english = painChart(en, 'en', [{ date: '2026-12-01', painDuring: 2, painNextMorning: null }]);
    expect(english.legend.map((entry) => entry.value)).toEqual(['2 on 1 Dec', 'not noted yet']);
  });

  it('draws the lines as the legend says: solid while walking, dashed the next morning', () => {
    const series = painChart(nl, 'nl', points).options.series;
    expect(series[1]?.dash).toBeUndefined();
    expect(series[2]?.dash).toEqual([6, 4]);
  });
});

describe('the minutes chart', () => {
  const weeks = [week(1, 60, 45, false), week(2, 70, 7.5, false), week(3, 80, 0, true)];

  it('plots week numbers with a gap for weeks still to come', () => {
    const { data, options } = minutesChart(nl, 'nl', weeks);
    expect(data).toEqual([
      [1, 2, 3],
      [60, 70, 80],
      [45, 7.5, null],
    ]);
    expect(xRange(options)).toEqual([0.5, 3.5]);
  });

  it('gives the latest week begun in the legend', () => {
    expect(minutesChart(nl, 'nl', weeks).legend).toEqual([
      { label: 'Gepland', value: '70 min in week 2', line: 'dashed' },
      { label: 'Gelopen', value: '7,5 min in week 2', line: 'solid' },
    ]);
  });

  it('before the start, gives week 1’s plan and nothing walked', () => {
    expect(minutesChart(en, 'en', [week(1, 60, 0, true)]).legend.map((entry) => entry.value)).toEqual([
      '60 min in week 1',
      'not noted yet',
    ]);
  });
});
