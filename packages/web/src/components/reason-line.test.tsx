import { sourceName, type Reason } from '@wandelcoach/engine';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { AppContext, type AppState } from '../app-context.js';
import { translator } from '../i18n/index.js';
import { PHYSIO, PHYSIO_REASON, planChangedByPhysio } from '../test-support/clinician-plan.js';
import { ReasonLine } from './reason-line.js';

const spike: Reason = {
  code: 'spike-cap',
  source: 'SPIKE',
  message: 'Geen enkele wandeling mag meer dan 10% langer zijn dan je langste wandeling.',
};

describe('a reason line', () => {
  it('shows the words in their own language and the source by name, linked to what it says', () => {
    const html = renderToString(<ReasonLine reason={spike} lang="nl" t={translator('en')} locale="en" />);
    expect(html).toContain(`<span lang="nl">${spike.message}</span>`);
    expect(html).toContain('href="/sources#SPIKE"');
    expect(html).toContain(`Source: ${sourceName('en', 'SPIKE')}</a>`);
    // Never the bare code as the words a person reads.
    expect(html.replace(/href="[^"]*"/g, '')).not.toContain('SPIKE');
  });

  it('names the source in the app’s language, a section of a guideline by its own name', () => {
    const reason: Reason = { code: 'self-manage', source: 'KNGF-B.1.3', message: 'None of your answers…' };
    const html = renderToString(<ReasonLine reason={reason} lang="en" t={translator('nl')} locale="nl" />);
    expect(html).toContain('href="/sources#KNGF-B.1.3"');
    expect(html).toContain(`Bron: ${sourceName('nl', 'KNGF-B.1.3')}</a>`);
  });

  it('names the source in the app’s language when the screen does not pass it, and links all the same', () => {
    const app = { locale: 'en', t: translator('en') } as AppState;
    const html = renderToString(
      <AppContext.Provider value={app}>
        <ReasonLine reason={spike} lang="nl" t={translator('en')} />
      </AppContext.Provider>,
    );
    expect(html).toContain(`Source: ${sourceName('en', 'SPIKE')}</a>`);
    expect(html).toContain('href="/sources#SPIKE"');
  });
});

describe('a physiotherapist’s decision', () => {
  const changed = planChangedByPhysio();
  const reason = changed.decisions
    .flatMap((decision) => decision.reasons)
    .find((r) => r.source === 'CLINICIAN');

  it('is labelled as theirs, by name, and reads as their change with their reason', () => {
    if (reason === undefined) throw new Error('the plan has no CLINICIAN reason');
    const html = renderToString(<ReasonLine reason={reason} lang="en" t={translator('en')} locale="en" />);
    expect(html).toContain('class="clinician-change"');
    expect(html).toContain(
      `<strong class="clinician-label">Changed by your physiotherapist ${PHYSIO.name}</strong>`,
    );
    const words = html.replace(/<[^>]+>/g, '');
    expect(words).toContain(`Your physiotherapist ${PHYSIO.name} changed your plan`);
    // The reason shows once: the engine's words quote it already.
    expect(words.split(PHYSIO_REASON)).toHaveLength(2);
    expect(html).toContain('href="/sources#CLINICIAN"');
  });

  it('in Dutch too', () => {
    if (reason === undefined) throw new Error('the plan has no CLINICIAN reason');
    const html = renderToString(<ReasonLine reason={reason} lang="en" t={translator('nl')} locale="nl" />);
    expect(html).toContain(`Aangepast door je fysiotherapeut ${PHYSIO.name}</strong>`);
  });

  it('adds their reason when the engine’s words do not quote it', () => {
    const paused: Reason = {
      code: 'clinician.hold.paused',
      source: 'CLINICIAN',
      message: `Your physiotherapist ${PHYSIO.name} paused your plan, so it stays as it was until the pause is over.`,
      by: PHYSIO,
      clinicianReason: 'Eerst de uitslag van de foto afwachten',
    };
    const html = renderToString(<ReasonLine reason={paused} lang="en" t={translator('en')} locale="en" />);
    expect(html.replace(/<[^>]+>/g, '').replaceAll('&quot;', '"')).toContain(
      'The reason: "Eerst de uitslag van de foto afwachten"',
    );
  });

  it('is not marked when it is the app’s own rule', () => {
    const html = renderToString(<ReasonLine reason={spike} lang="nl" t={translator('en')} locale="en" />);
    expect(html).not.toContain('clinician-change');
  });
});
