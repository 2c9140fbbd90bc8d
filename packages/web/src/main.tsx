import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app.js';
import { storedLocale } from './locale.js';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');

// The server sent the welcome screen already rendered (in Dutch) to someone without a session: take
// that markup over, so nothing on screen changes. Someone who chose English gets it rendered anew.
if (root.dataset['screen'] === 'welcome' && storedLocale() === 'nl') {
  hydrateRoot(
    root,
    <StrictMode>
      <App first="welcome" />
    </StrictMode>,
  );
} else {
  root.replaceChildren();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
