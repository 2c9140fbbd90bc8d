/**
 * The service worker (built by vite-plugin-pwa's `injectManifest`): the app's files kept for offline
 * use, every address answered with the app's page, and the outbox sent by Background Sync, so a walk
 * saved on the phone goes out when the connection comes back even if the app is closed by then.
 * Served from a file like everything else: nothing inline, as the CSP requires.
 *
 * `/` and `/today` are the exception: the server sends a signed-in patient those pages with today's
 * screen already in them (packages/server/src/http/today-page.ts), so they go to the network first,
 * and only without an answer in time (offline, a dead connection) does the kept app page come, which
 * shows today from the device. Such a page holds one person's health data, so it is passed on and
 * never stored: not in the precache, not in any cache of this worker (the server also says
 * `no-store, private`). The kept app page stays the plain one, which works for everybody.
 */
// First: zod must know before any module checks anything that the CSP allows no eval.
import './zod-config.js';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types.js';
import { ApiClient } from './api/client.js';
import { browserOutbox, OUTBOX_SYNC_TAG } from './outbox/browser-outbox.js';

// The web app's type check has the DOM's types, not a worker's: the few worker parts used here.
interface ExtendableEvent extends Event {
  waitUntil: (promise: Promise<unknown>) => void;
}
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}
interface WorkerScope {
  skipWaiting: () => Promise<void>;
  addEventListener: (type: 'sync', listener: (event: SyncEvent) => void) => void;
}
declare global {
  interface Window {
    /** The list of the app's files, put in by the build (`injectManifest`). */
    __WB_MANIFEST: { url: string; revision: string | null }[];
  }
}
const worker = globalThis as unknown as WorkerScope;

/** The addresses the server may send with today's screen in them. */
const RENDERED_PAGES = new Set(['/', '/today']);
/** How long a rendered page may take before the kept app page shows instead. */
const NETWORK_WAIT_MS = 3000;

/** The page from the network, or undefined when it does not come in time or the server failed. */
async function fromNetwork(request: Request): Promise<Response | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, NETWORK_WAIT_MS, undefined);
  });
  // Fetched as it is: a navigation's request cannot be copied with options (a signal, say).
  const network = fetch(request).then(
    (response) => (response.status >= 500 ? undefined : response),
    () => undefined,
  );
  try {
    return await Promise.race([network, late]);
  } finally {
    clearTimeout(timer);
  }
}

// The app shell comes from the cache; API answers are never cached by the service worker.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
const appPage = createHandlerBoundToURL('index.html');
// Before the route below: the first route that matches answers.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && RENDERED_PAGES.has(url.pathname),
  async (options: RouteHandlerCallbackOptions) => (await fromNetwork(options.request)) ?? appPage(options),
);
registerRoute(
  new NavigationRoute(appPage, {
    denylist: [/^\/api\//, /^\/healthz/],
  }),
);
// A new version takes over at once (the app's `autoUpdate`): the pages it serves are its own.
void worker.skipWaiting();
clientsClaim();

/**
 * Sends the outbox of whoever is signed in in this browser. Fails while something still waits, so the
 * browser fires the sync again later; with nobody signed in, the walks wait for their owner.
 */
async function sendOutbox(): Promise<void> {
  const api = new ApiClient();
  const session = await api.session();
  if (session === undefined) return;
  const report = await browserOutbox(api, undefined, () => undefined).flush(session.account.id);
  if (report?.stopped === 'later') throw new Error('the outbox could not send everything yet');
}

worker.addEventListener('sync', (event) => {
  if (event.tag === OUTBOX_SYNC_TAG) event.waitUntil(sendOutbox());
});
