/**
 * The service worker (built by vite-plugin-pwa's `injectManifest`): the app's files kept for offline
 * use, every address answered with the app's page, and the outbox sent by Background Sync, so a walk
 * saved on the phone goes out when the connection comes back even if the app is closed by then.
 * Served from a file like everything else: nothing inline, as the CSP requires.
 */
// First: zod must know before any module checks anything that the CSP allows no eval.
import './zod-config.js';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
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

// The app shell comes from the cache; API answers are never cached by the service worker.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
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
