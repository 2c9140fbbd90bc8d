import { contentFor } from '@wandelcoach/engine';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { TodaySession } from '../api/client.js';
import { translator } from '../i18n/index.js';
import { fakePorts } from './fake-ports.js';
import { GuidedWalk } from './guided-walk.js';

const retro: TodaySession = {
  kind: 'retro',
  minutes: 5,
  partOfDay: 'any',
  purpose: 'retro',
  treadmill: null,
  supervised: true,
  breathing: { inhaleSteps: 3, exhaleSteps: 4 },
  cues: [
    { code: 'small-steps', label: '', spoken: '' },
    { code: 'stop-if-dizzy-or-pain', label: '', spoken: '' },
  ],
};
const forward: TodaySession = { ...retro, kind: 'forward', purpose: 'warm-up', supervised: false };

function walk(session: TodaySession, locale: 'nl' | 'en' = 'nl'): string {
  return renderToString(
    <GuidedWalk
      session={session}
      locale={locale}
      t={translator(locale)}
      ports={fakePorts()}
      onDone={() => undefined}
      onCancel={() => undefined}
    />,
  );
}

/** Where a piece of text or markup first shows in the page, failing when it is not there at all. */
function at(html: string, text: string): number {
  const index = html.indexOf(text);
  expect(index, `"${text}" in the page`).toBeGreaterThanOrEqual(0);
  return index;
}

describe('the guided walk', () => {
  it('asks first whether the supervisor is there, with no timer and no start yet', () => {
    const nl = translator('nl');
    const html = walk(retro);
    expect(html).toContain(`>${nl('walk.supervisor.question')}</h1>`);
    expect(html.indexOf('<h1')).toBeLessThan(html.indexOf(nl('walk.supervisor.question')));
    at(html, nl('walk.supervisor.yes'));
    at(html, nl('walk.supervisor.no'));
    expect(html).not.toContain('role="timer"');
    expect(html).not.toContain(nl('walk.start'));
    expect(html).not.toContain(nl('walk.stop'));
  });

  it('asks it in English too', () => {
    const en = translator('en');
    const html = walk(retro, 'en');
    expect(html).toContain(`>${en('walk.supervisor.question')}</h1>`);
    expect(html).toContain('Is your supervisor with you?');
    expect(html).not.toContain('role="timer"');
  });

  it('opens straight at the walk when no supervision is needed: top part first, then the rest', () => {
    const nl = translator('nl');
    const html = walk(forward);
    expect(html).not.toContain(nl('walk.supervisor.question'));
    const top = at(html, 'class="walk-now"');
    const title = at(html, `>${contentFor('nl').purposes['warm-up']}</h1>`);
    const timer = at(html, 'role="timer"');
    const start = at(html, `>${nl('walk.start')}</button>`);
    const stop = at(html, `>${nl('walk.stop')}</button>`);
    const rest = at(html, 'class="walk-more"');
    const tips = at(html, contentFor('nl').cues['small-steps'].label);
    const settings = at(html, `>${nl('walk.settings')}</summary>`);
    expect([top, title, timer, start, stop, rest, tips, settings]).toEqual(
      [top, title, timer, start, stop, rest, tips, settings].sort((a, b) => a - b),
    );
    expect(html).toContain(`aria-label="${nl('walk.timeLeft')}"`);
    expect(html).toContain('>5:00</p>');
  });
});
