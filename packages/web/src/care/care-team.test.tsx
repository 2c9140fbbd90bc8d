import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { CareLink, EndedCareLink } from '../api/client.js';
import { translator } from '../i18n/index.js';
import { CareTeam } from './care-team.js';

const link: CareLink = {
  id: '3b0e7c7a-55d4-4b8e-9f61-0c2a9d4e8b13',
  practice: { name: 'Fysiotherapie De Brug' },
  clinician: { kind: 'clinician', displayName: 'Sanne Jansen' },
  since: '2026-11-18T09:05:00.000Z',
  consentVersion: 'care-team-2',
  newerConsentVersion: null,
};

const endedByPractice: EndedCareLink = {
  practice: { name: 'Fysiotherapie De Brug' },
  since: '2026-10-01T09:00:00.000Z',
  endedAt: '2026-12-02T10:30:00.000Z',
  endedBy: 'practice',
};

const stoppedByYou: EndedCareLink = {
  practice: { name: 'Praktijk Oost' },
  since: '2026-09-14T12:00:00.000Z',
  endedAt: '2026-09-14T15:00:00.000Z',
  endedBy: 'you',
};

function render(links: CareLink[], locale: 'nl' | 'en' = 'en', ended: EndedCareLink[] = []): string {
  return renderToString(
    <CareTeam
      t={translator(locale)}
      locale={locale}
      links={links}
      ended={ended}
      status={undefined}
      onAgree={() => Promise.resolve()}
      onEnd={() => Promise.resolve()}
    />,
  ).replaceAll('&quot;', '"');
}

describe('the care team', () => {
  it('names each practice, who invited, since when, and the way to stop it', () => {
    const html = render([link]);
    expect(html).toContain('Fysiotherapie De Brug');
    expect(html).toContain('Invited by Sanne Jansen');
    expect(html).toContain('Linked since 18 November 2026');
    expect(html).toContain('Stop the link with Fysiotherapie De Brug');
    // Asked once: the question comes only after the button.
    expect(html).not.toContain('Are you sure?');
    expect(html).not.toContain('Will you give your permission again?');
  });

  it('says plainly when a link needs agreeing again, with what changes and the button to agree', () => {
    const html = render(
      [{ ...link, consentVersion: 'care-team-1', newerConsentVersion: 'care-team-2' }],
      'nl',
    );
    expect(html).toContain('Wil je opnieuw toestemming geven?');
    expect(html).toContain('Deze praktijk mag nu alleen meelezen.');
    expect(html).toContain('je plan aanpassen, altijd met een reden');
    expect(html).toContain('Ja, ik ga akkoord');
  });

  it('never offers to agree to a consent this app cannot show', () => {
    const html = render([{ ...link, consentVersion: 'care-team-1', newerConsentVersion: 'care-team-9' }]);
    expect(html).toContain('There are new terms. Update the app');
    expect(html).not.toContain('Yes, I agree');
  });

  it('says when the one who invited is gone, and when there is no practice at all', () => {
    expect(render([{ ...link, clinician: { kind: 'former-member' } }])).toContain(
      'Invited by someone who no longer works at the practice',
    );
    const none = render([]);
    expect(none).toContain('You are not linked with a practice yet.');
    expect(none).toContain('href="/link"');
    expect(none).toContain('href="/access-log"');
  });

  it('lists the links that ended under the running ones, in the order given, with who ended each', () => {
    const html = render([link], 'en', [endedByPractice, stoppedByYou]);
    expect(html).toContain('Links that ended');
    expect(html).toContain('These practices can no longer see your data.');
    expect(html).toContain('Linked from 1 October 2026 to 2 December 2026.');
    expect(html).toContain('The practice ended the link.');
    // Begun and ended on one day: the day once.
    expect(html).toContain('Linked and ended on 14 September 2026.');
    expect(html).toContain('You stopped the link.');
    expect(html.indexOf('Stop the link with')).toBeLessThan(html.indexOf('Links that ended'));
    expect(html.indexOf('2 December 2026')).toBeLessThan(html.indexOf('Praktijk Oost'));
    expect(render([link])).not.toContain('Links that ended');
  });

  it('says in Dutch who ended the link, and never "yet" once a practice followed the plan', () => {
    const html = render([], 'nl', [endedByPractice]);
    expect(html).toContain('Beëindigde koppelingen');
    expect(html).toContain('Gekoppeld van 1 oktober 2026 tot 2 december 2026.');
    expect(html).toContain('De praktijk heeft de koppeling beëindigd.');
    expect(html).toContain('Op dit moment volgt geen praktijk je plan.');
    expect(html).not.toContain('nog niet gekoppeld');
    expect(html).toContain('href="/link"');
    expect(render([], 'nl', [stoppedByYou])).toContain('Jij hebt de koppeling gestopt.');
    expect(render([], 'en', [endedByPractice])).toContain('No practice follows your plan now.');
  });
});
