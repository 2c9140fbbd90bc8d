// Loads the app into a page that arrived already drawn (the welcome, or today's cards rendered by the
// server), after the browser has painted it. The build puts this script inside those pages
// (scripts/prerender.js; the CSP allows it by its hash), so the page asks for nothing before its
// first paint: not the app's bytes, not even this script. Everything on screen works before: its
// links are real links. A classic script, so it can read its own `data-app`; it sits at the end of
// the body, after the root it watches.
(() => {
  const app = document.currentScript?.getAttribute('data-app');
  if (typeof app !== 'string' || !app.startsWith('/assets/')) return;
  let started = false;
  const worker = document.currentScript?.getAttribute('data-service-worker');
  const start = () => {
    if (started) return;
    started = true;
    // Same origin, allowed by the page's script-src 'self'.
    void import(app);
    // The service worker, which the plain page registers through its own small script.
    if (typeof worker === 'string' && worker.startsWith('/') && 'serviceWorker' in navigator) {
      navigator.serviceWorker.register(worker, { scope: '/' }).catch(() => undefined);
    }
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
  // Start once the browser reports the first contentful paint, which it does after the frame is on
  // screen: a task queued from a frame callback can run before the frame is shown, so the app's bytes
  // would share the line with the paint they should follow. Without paint timing, after a frame.
  const paints = typeof PerformanceObserver === 'function' ? PerformanceObserver.supportedEntryTypes : [];
  if (Array.isArray(paints) && paints.includes('paint')) {
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(start, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(start, 0));
  }
  // A tab opened in the background paints nothing until shown: start anyway, a moment later.
  setTimeout(start, 1000);
})();
