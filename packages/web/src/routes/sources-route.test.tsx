import { SOURCES, sourceName, sourceSummary, type Locale } from '@wandelcoach/engine';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { AppContext, type AppState } from '../app-context.js';
import { translator } from '../i18n/index.js';
import { SourcesRoute } from './sources-route.js';

function render(locale: Locale): string {
  // The screen reads only the language and its words from the app.
  const app = { locale, t: translator(locale) } as AppState;
  return renderToString(
    <AppContext.Provider value={app}>
      <SourcesRoute />
    </AppContext.Provider>,
  );
}

describe('the sources screen', () => {
  for (const locale of ['nl', 'en'] as const) {
    const html = render(locale);

    it(`opens with its heading (${locale})`, () => {
      expect(html.startsWith(`<h1>${translator(locale)('sources.title')}</h1>`)).toBe(true);
    });

    it(`has a section for every source, named by its code, with its name and what it says (${locale})`, () => {
      for (const source of SOURCES) {
        const section = new RegExp(
          `<section id="${source.replace(/\./g, '\\.')}" tabindex="-1" aria-labelledby="${source.replace(/\./g, '\\.')}-name"[^>]*>` +
            `<h2 id="[^"]+">([^<]+)</h2><p>([^<]+)</p></section>`,
        ).exec(html);
        expect(section, source).not.toBeNull();
        expect(section?.[1]).toBe(sourceName(locale, source).replace(/'/g, '&#39;'));
        expect(section?.[2]).toBe(sourceSummary(locale, source).replace(/'/g, '&#39;'));
      }
    });
  }
});
