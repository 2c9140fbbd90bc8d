import type { Locale } from '@wandelcoach/engine';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator, uiCatalogues } from '../i18n/index.js';
import { LogResult } from './log-result.js';
import type { LoggedWalk } from './log-result-message.js';

function result(
  walk: Partial<LoggedWalk>,
  options: { stopped?: boolean; usualPain?: number; locale?: Locale } = {},
): string {
  const locale = options.locale ?? 'nl';
  return renderToString(
    <LogResult
      t={translator(locale)}
      locale={locale}
      walk={{
        kind: 'forward',
        minutes: 5,
        painDuring: 1,
        dizziness: false,
        fall: false,
        newSymptoms: [],
        ...walk,
      }}
      plannedMinutes={5}
      stopped={options.stopped}
      usualPain={options.usualPain}
      onDone={() => undefined}
    />,
  );
}

function html(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

describe('the result after a logged walk', () => {
  it('says “2 of 5 min”, acknowledges the pain of a stopped walk and does not cheer', () => {
    for (const locale of ['nl', 'en'] as const) {
      const words = uiCatalogues[locale];
      const markup = result({ minutes: 2, painDuring: 6 }, { stopped: true, locale });
      expect(markup).toContain(locale === 'nl' ? 'Gelopen: 2 van 5 min' : 'Walked: 2 of 5 min');
      expect(markup).toContain(html(words['logResult.ack.painStopped']));
      expect(markup).not.toContain(html(words['logResult.ack.well']));
      expect(markup).toContain(html(words['logResult.nextTitle']));
      expect(markup).toContain(html(words['logResult.next.painGp']));
    }
  });

  it('cheers a walk that went as planned', () => {
    const markup = result({}, { usualPain: 2 });
    expect(markup).toContain(html(uiCatalogues.nl['logResult.ack.well']));
    expect(markup).toContain('Gelopen: 5 van 5 min');
  });

  it('gives the way to call 112 with an emergency sign', () => {
    expect(result({ newSymptoms: ['both-legs-weak-or-numb'] })).toContain('href="tel:112"');
    expect(result({})).not.toContain('tel:112');
  });

  it('is a screen of its own, its title a heading that can take focus', () => {
    expect(result({})).toMatch(/<h1 id="[^"]+" tabindex="-1">/);
  });
});
