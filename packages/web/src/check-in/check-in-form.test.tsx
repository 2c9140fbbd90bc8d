import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../api/client.js';
import { translator } from '../i18n/index.js';
import { CheckInForm } from './check-in-form.js';
import type { OutcomeDue } from './types.js';

function render(due: OutcomeDue, locale: 'nl' | 'en' = 'nl'): string {
  return renderToString(
    <CheckInForm
      t={translator(locale)}
      locale={locale}
      api={new ApiClient()}
      due={due}
      onDone={() => undefined}
    />,
  ).replaceAll('&quot;', '"');
}

describe('the questions at the start, week 6 and week 12', () => {
  it('at the start ask for three activities, without comparing with before', () => {
    const html = render({ timepoint: 'start', activities: [], asksGlobalRating: false });
    expect(html).toContain('Bij de start');
    expect(html).toContain('Hoeveel pijn had je de afgelopen week, gemiddeld?');
    for (const n of [1, 2, 3]) expect(html).toContain(`Activiteit ${String(n)}`);
    expect(html).not.toContain('vergeleken met toen je begon');
    // The scale credited where it is asked.
    expect(html).toContain('Stratford, Gill, Westaway en Binkley (Physiotherapy Canada, 1995)');
  });

  it('later ask about the activities named before, and how things are compared with the start', () => {
    const html = render(
      {
        timepoint: 'week-6',
        activities: ['boodschappen doen', 'tuinieren', 'zitten'],
        asksGlobalRating: true,
      },
      'en',
    );
    expect(html).toContain('After 6 weeks');
    expect(html).toContain('How well does this go now: boodschappen doen?');
    expect(html).not.toContain('Activity 1');
    expect(html).toContain('How are your complaints compared with when you started?');
    expect(html).toContain('Much better');
    expect(html).toContain('Not now, ask me later');
  });
});
