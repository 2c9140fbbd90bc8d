// Loads the app into a page that arrived already drawn (the welcome, or today's cards rendered by the
// server), after the browser has painted it: the page names this small script instead of the app's
// own, so the first frame never waits for the app's bytes or its start-up. Everything on screen
// works before: its links are real links. A classic script, so it can read its own `data-app`.
(() => {
  const app = document.currentScript?.getAttribute('data-app');
  if (typeof app !== 'string' || !app.startsWith('/assets/')) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // Same origin, allowed by the page's script-src 'self'.
    void import(app);
  };
  // A language chosen on the drawn page before the app runs is kept as this device's choice, where the
  // app looks first when it starts, and in the cookie the server reads for the next welcome (both
  // named as in src/locale.ts, `LOCALE_COOKIE`); it is shown pressed at once, and the app then speaks
  // it. Once the app runs (main.tsx marks the root), its own switch does this.
  const root = document.getElementById('root');
  document.addEventListener('click', (event) => {
    if (root === null || root.dataset.app === 'running') return;
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest('.language-switch button[lang]');
    const lang = button?.getAttribute('lang');
    if (button === null || button === undefined || (lang !== 'nl' && lang !== 'en')) return;
    try {
      document.cookie =
        `wandelcoach_locale=${lang}; Path=/; Max-Age=31536000; SameSite=Lax` +
        (location.protocol === 'https:' ? '; Secure' : '');
    } catch {
      // Refused: the next welcome goes by the browser's language; the app still has the choice.
    }
    try {
      localStorage.setItem('wandelcoach.locale', lang);
    } catch {
      return;
    }
    for (const other of document.querySelectorAll('.language-switch button[lang]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
  // A frame's callbacks run just before it is painted; a task queued from one runs after it.
  requestAnimationFrame(() => setTimeout(start, 0));
  // A tab opened in the background paints nothing until shown: start anyway, a moment later.
  setTimeout(start, 1000);
})();
