// zod is not imported here: it comes with the modules that check records (`outbox/records.ts`,
// `today/today-cache.ts`), loaded on demand, and each of them imports `zod-config.ts` first.
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app.js';
import { loadCatalogue } from './i18n/load.js';
import { storedLocale } from './locale.js';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');

// The server sent the welcome screen already rendered, in the browser's language, to someone without
// a session: take that markup over, so nothing on screen changes. Someone who chose the other language
// on this device before gets the welcome rendered anew at once, in that language.
const welcome = root.dataset['screen'] === 'welcome';
function start(): void {
  if (root === null) return;
  const app = <StrictMode>{welcome ? <App first="welcome" /> : <App />}</StrictMode>;
  if (welcome && storedLocale() === root.dataset['locale']) {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
}

// Dutch is in this script; English is loaded first (the prerendered welcome stays on screen meanwhile).
// Should it fail to load, the app starts in Dutch.
loadCatalogue(storedLocale()).then(start, start);
