import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../api/client.js';
import { translator } from '../i18n/index.js';
import { ProgressView } from './progress.js';

const progress: Progress = {
  locale: 'nl',
  weeks: [1, 2, 3].map((week) => ({
    week,
    startDate: '2026-11-30',
    endDate: '2026-12-06',
    projected: week === 3,
    planned: { forward: 60 + week * 10, retro: 0 },
    walked: { forward: week === 1 ? 65 : 7.5, retro: 0 },
  })),
  pain: [
    { date: '2026-12-01', painDuring: 5, painNextMorning: 4 },
    { date: '2026-12-15', painDuring: 4, painNextMorning: null },
    { date: '2026-12-29', painDuring: 3, painNextMorning: null },
  ],
  decisions: [],
};

function render(data: Progress, locale: 'nl' | 'en' = 'nl'): string {
  return renderToString(<ProgressView t={translator(locale)} locale={locale} progress={data} />);
}

describe('progress', () => {
  it('tells each chart’s story in a sentence', () => {
    const html = render(progress);
    expect(html).toContain(
      '<p class="trend">In week 1 tot en met 2 liep je 72,5 van de 150 geplande minuten.</p>',
    );
    expect(html).toContain(
      '<p class="trend">Je pijn tijdens het lopen ging omlaag van 5 naar 3, in 4 weken. ' +
        'Je pijn de ochtend erna was 4 op de dag die je hebt ingevuld.</p>',
    );
  });

  it('has legends with names and values under the charts, in English too', () => {
    const html = render(progress, 'en');
    expect(html).toContain('<strong>Planned</strong>: 80 min in week 2');
    expect(html).toContain('<strong>Walked</strong>: 7.5 min in week 2');
    expect(html).toContain('<strong>While walking</strong>: 3 on 29 Dec');
    expect(html).toContain('<strong>The next morning</strong>: 4 on 1 Dec');
    expect(html).not.toContain('--');
  });

  it('keeps the tables with the same numbers', () => {
    const html = render(progress);
    expect(html).toContain('<th scope="row">Week 1</th><td>70</td><td>65</td>');
    expect(html).toContain('<th scope="row">Week 2</th><td>80</td><td>7,5</td>');
    expect(html).toContain('<th scope="row">Week 3</th><td>90</td><td>–</td>');
    expect(html).toContain('<th scope="row">2026-12-15</th><td>4</td><td>–</td>');
  });

  it('names the charts with the right plural', () => {
    const html = render({ ...progress, pain: progress.pain.slice(0, 1) });
    expect(html).toContain('aria-label="Pijn tijdens het lopen en de ochtend erna, op 1 dag."');
    expect(html).toContain('aria-label="Gepland en gelopen minuten per week, voor 3 weken."');
  });

  it('has no pain chart before a walk is noted', () => {
    const html = render({ ...progress, pain: [] });
    expect(html).toContain('Nog geen wandelingen ingevuld.');
    expect(html).not.toContain('Tijdens het lopen</strong>');
  });
});
