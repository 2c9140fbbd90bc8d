import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { PlanOverview } from '../screens/plan-overview.js';
import { PHYSIO, PHYSIO_REASON, planChangedByPhysio } from '../test-support/clinician-plan.js';
import { retroPlan } from '../test-support/retro-plan.js';
import { ChangesThisWeek } from './plan-changes.js';

const words = (html: string) => html.replace(/<[^>]+>/g, ' ').replaceAll('&quot;', '"');

describe('the physiotherapist’s changes on the plan', () => {
  it('are listed near the top, under their own heading, each labelled with the name', () => {
    const html = renderToString(
      <PlanOverview
        output={planChangedByPhysio()}
        locale="en"
        t={translator('en')}
        onToday={() => undefined}
      />,
    );
    const heading = html.indexOf('Changes by your physiotherapist');
    expect(heading).toBeGreaterThan(0);
    // Before the weeks, so nobody has to scroll past twelve of them to find it.
    expect(heading).toBeLessThan(html.indexOf('class="weeks"'));
    expect(words(html.slice(heading))).toContain(`Changed by your physiotherapist ${PHYSIO.name}`);
  });

  it('are not there when nobody changed the plan', () => {
    const html = renderToString(
      <PlanOverview
        output={retroPlan({ age: 50 })}
        locale="nl"
        t={translator('nl')}
        onToday={() => undefined}
      />,
    );
    expect(html).not.toContain('Aanpassingen door je fysiotherapeut');
  });
});

describe('the physiotherapist’s change on today', () => {
  const { decisions } = planChangedByPhysio();

  it('shows in the week it applies, in the app’s language, with the way to the plan', () => {
    const html = renderToString(
      <ChangesThisWeek
        decisions={decisions}
        lang="en"
        week={3}
        t={translator('nl')}
        onPlan={() => undefined}
      />,
    );
    expect(words(html)).toContain('Je fysiotherapeut heeft je plan deze week aangepast');
    expect(words(html)).toContain(`Aangepast door je fysiotherapeut ${PHYSIO.name}`);
    // Short on today: their own reason, not the whole of the engine's sentence.
    expect(words(html)).toContain(`De reden: "${PHYSIO_REASON}"`);
    expect(words(html)).not.toContain('Your physiotherapist');
    expect(words(html)).toContain('Bekijk je plan');
  });

  it('is not there in another week', () => {
    const html = renderToString(
      <ChangesThisWeek
        decisions={decisions}
        lang="en"
        week={4}
        t={translator('en')}
        onPlan={() => undefined}
      />,
    );
    expect(html).toBe('');
  });
});
