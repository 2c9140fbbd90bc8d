import type { FallRisk, Locale } from '@wandelcoach/engine';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../api/client.js';
import { translator } from '../i18n/index.js';
import { retroPlan } from '../test-support/retro-plan.js';
import { TriageOutcome } from './triage-outcome.js';

function outcome(age: number, locale: Locale, fallRisk: FallRisk[] = []): string {
  return renderToString(
    <TriageOutcome
      output={retroPlan({ age, fallRisk, locale })}
      t={translator(locale)}
      // Never asked while the screen is only drawn.
      api={new ApiClient(() => Promise.reject(new Error('no server in this test')))}
      today="2026-11-23"
      onPlan={() => undefined}
      onRedoIntake={() => undefined}
      onChanged={() => undefined}
    />,
  );
}

describe('the outcome screen for retro-walking only with a supervisor', () => {
  for (const locale of ['nl', 'en'] as const) {
    const t = translator(locale);

    it(`makes supervision the headline for an unsteady 78-year-old (${locale})`, () => {
      const html = outcome(78, locale, ['unsteady']);
      expect(html.startsWith(`<h1>${t('triage.supervised.title')}</h1>`)).toBe(true);
      expect(html).toContain(`<p class="lead">${t('triage.supervised.intro')}</p>`);
      expect(html).not.toContain(t('triage.selfManage.intro'));
      expect(html).not.toContain(t('triage.routine.title'));
    });

    it(`never says "start on your own" beside supervision (${locale})`, () => {
      const html = outcome(70, locale);
      expect(html.startsWith(`<h1>${t('triage.supervised.title')}</h1>`)).toBe(true);
      expect(html).not.toContain(t('triage.selfManage.intro'));
      expect(html).not.toMatch(/zelf beginnen|on your own/);
    });

    it(`keeps "you can start on your own" for someone who needs no supervisor (${locale})`, () => {
      const html = outcome(40, locale);
      expect(html.startsWith(`<h1>${t('triage.selfManage.title')}</h1>`)).toBe(true);
      expect(html).toContain(t('triage.selfManage.intro'));
      expect(html).not.toContain(t('triage.supervised.title'));
    });
  }
});
