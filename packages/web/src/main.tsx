// zod is not imported here: it comes with the modules that check records (`outbox/records.ts`,
// `today/today-cache.ts`), loaded on demand, and each of them imports `zod-config.ts` first.
import type { Locale } from '@wandelcoach/engine';
import { StrictMode, type ReactElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { ApiClient } from './api/client.js';
import { App, type FirstToday } from './app.js';
import { keptLinkCode, tabStorage } from './care/link-code.js';
import { hasCatalogue, loadCatalogue } from './i18n/load.js';
import { chosenLocale, keepChoiceForServer, storedLocale } from './locale.js';
import { browserOutbox } from './outbox/browser-outbox.js';
import { PATHS } from './paths.js';
import { readTodayStart } from './today-start.js';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');

// The server may send a screen already rendered: the welcome, in the language this device chose (its
// cookie, locale.ts) else the browser's, to someone without a session; today's screen, in the
// account's language, to a signed-in patient. The app takes that markup over, so nothing on screen
// changes. Should the welcome still come in another language than this device chose (a choice kept
// before the cookie existed), it is rendered anew at once, in that language.
const screen = root.dataset['screen'];
const renderedIn = root.dataset['locale'] === 'en' ? 'en' : 'nl';
const api = new ApiClient();
// A choice made before the server could read it (no cookie yet): the next welcome comes in it.
keepChoiceForServer();

/**
 * Where today's page starts from: the answer in the page and what this device's outbox holds for the
 * person. Undefined means: start as from the plain page (no answer, the outbox unreadable, or a
 * physiotherapist's link waiting to be finished, which goes first).
 */
async function firstToday(): Promise<FirstToday | undefined> {
  const start = readTodayStart(document);
  if (start === undefined) return undefined;
  if (window.location.pathname !== PATHS.today) {
    // `/` for someone who starts on today: the app would have moved there itself.
    if (keptLinkCode(tabStorage()) !== undefined) return undefined;
    window.history.replaceState(window.history.state, '', PATHS.today);
  }
  try {
    const outbox = browserOutbox(api);
    const owner = start.account.id;
    const [records, unreadable] = await Promise.all([outbox.list(owner), outbox.unreadable(owner)]);
    return { start, outbox: { records, unreadable } };
  } catch (error) {
    console.warn('outbox: could not read it before the first render', error);
    return undefined;
  }
}

function render(app: ReactElement, takeOver: boolean): void {
  if (root === null) return;
  // From here the app's own controls answer (inline/after-paint.js stops standing in for them).
  root.dataset['app'] = 'running';
  const tree = <StrictMode>{app}</StrictMode>;
  if (takeOver) {
    hydrateRoot(root, tree);
  } else {
    root.replaceChildren();
    createRoot(root).render(tree);
  }
}

/** Resolves once the browser has painted the next frame (a hidden page paints when shown). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}

async function start(): Promise<void> {
  if (screen === 'today') {
    const first = await firstToday();
    const locale: Locale = first === undefined ? storedLocale() : renderedIn;
    await loadCatalogue(locale).catch(() => undefined);
    if (first === undefined) {
      render(<App api={api} />, false);
      return;
    }
    // The server rendered the screen with nothing waiting in the outbox: anything waiting here (a walk
    // saved without a connection) changes the cards, so the screen is drawn anew with it, never
    // taken over without it.
    const same =
      first.outbox.records.length === 0 && first.outbox.unreadable === 0 && hasCatalogue(renderedIn);
    // The cards are on screen as sent: taking them over, the app's one long task, waits until they
    // have been painted, so on a slow phone it never holds back the first frame.
    if (same) await afterNextPaint();
    render(<App api={api} first={first} locale={renderedIn} />, same);
    return;
  }
  // The welcome came in the language the server read from the browser's request: it stays in that
  // language unless this device chose the other one before. (The browser's own list of languages
  // can disagree with what it asked the server for; drawing the page anew then would repaint all of it.)
  const welcome = screen === 'welcome';
  const wanted = (): Locale => (welcome ? (chosenLocale() ?? renderedIn) : storedLocale());
  let locale = wanted();
  // Dutch is in this script; English is loaded first (the prerendered welcome stays on screen
  // meanwhile). Should it fail to load, the app starts in Dutch.
  await loadCatalogue(locale).catch(() => undefined);
  // A language chosen on the drawn page meanwhile (inline/after-paint.js keeps the tap) goes first.
  if (wanted() !== locale) {
    locale = wanted();
    await loadCatalogue(locale).catch(() => undefined);
  }
  render(
    welcome ? <App api={api} first="welcome" locale={locale} /> : <App api={api} />,
    welcome && locale === renderedIn && hasCatalogue(locale),
  );
}

void start();
