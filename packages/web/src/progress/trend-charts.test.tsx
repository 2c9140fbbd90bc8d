import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../api/client.js';
import { translator } from '../i18n/index.js';
import { MinutesTrendChart, PainTrendChart } from './trend-charts.js';

const weeks: Progress['weeks'] = [1, 2].map((week) => ({
  week,
  startDate: '2026-11-30',
  endDate: '2026-12-06',
  projected: false,
  planned: { forward: 60, retro: 0 },
  walked: { forward: 30, retro: 0 },
}));
const pain: Progress['pain'] = [{ date: '2026-12-01', painDuring: 5, painNextMorning: 4 }];

describe('a progress chart with its sentence', () => {
  it('puts the minutes sentence before the chart it describes', () => {
    const html = renderToString(<MinutesTrendChart t={translator('en')} locale="en" weeks={weeks} />);
    const sentence = html.indexOf('<p class="trend">');
    const chart = html.indexOf('aria-label=');
    expect(sentence).toBeGreaterThanOrEqual(0);
    expect(chart).toBeGreaterThan(sentence);
  });

  it('puts the pain sentence before the chart, named with the number of days', () => {
    const html = renderToString(<PainTrendChart t={translator('nl')} locale="nl" pain={pain} />);
    expect(html.indexOf('<p class="trend">')).toBeGreaterThanOrEqual(0);
    expect(html).toContain('aria-label="Pijn tijdens het lopen en de ochtend erna, op 1 dag."');
    expect(html.indexOf('aria-label=')).toBeGreaterThan(html.indexOf('<p class="trend">'));
  });
});
