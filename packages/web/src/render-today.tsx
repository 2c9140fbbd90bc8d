/**
 * Today's screen as HTML, rendered by the server for a signed-in patient (built by `vite build --ssr`
 * into `dist-ssr/`, loaded by packages/server/src/http/web-app.ts at start). The same components as
 * the app, from the same answer: the browser takes the markup over with `hydrateRoot` (main.tsx), so
 * it must be exactly the app's first render from that answer with nothing waiting in the outbox.
 */
import type { Locale } from '@wandelcoach/engine';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app.js';
import { catalogueEn } from './i18n/catalogue.en.js';
import { provideCatalogue } from './i18n/load.js';
import { PATHS } from './paths.js';
import type { TodayStart } from './today-start.js';

// The running app loads English on demand; the server has it at hand.
provideCatalogue('en', catalogueEn);

export function renderToday(start: TodayStart, locale: Locale): string {
  return renderToString(
    <StrictMode>
      <App first={{ start, outbox: { records: [], unreadable: 0 } }} ssrPath={PATHS.today} locale={locale} />
    </StrictMode>,
  );
}
