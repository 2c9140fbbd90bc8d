/**
 * The welcome screen as HTML, rendered at build time (scripts/prerender.js) into `welcome.html` and
 * `welcome.en.html`, which the server sends to visitors without a session, in their browser's language.
 * It must be exactly what the app's first render gives in that language, because the browser takes it over with `hydrateRoot` (main.tsx); a difference is a
 * hydration error, which the browser tests treat as a failure.
 */
import type { Locale } from '@wandelcoach/engine';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app.js';
import { catalogueEn } from './i18n/catalogue.en.js';
import { provideCatalogue } from './i18n/load.js';

// The running app loads English on demand; the build has it at hand.
provideCatalogue('en', catalogueEn);

export function renderWelcome(locale: Locale): string {
  return renderToString(
    <StrictMode>
      <App first="welcome" ssrPath="/" locale={locale} />
    </StrictMode>,
  );
}
