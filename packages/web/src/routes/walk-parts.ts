/**
 * The guided walk and its log are parts loaded on demand, like every screen but the welcome and today.
 * Today asks for them as soon as it shows, so a walk can start, and be logged, even when the connection
 * goes before the service worker has precached the app (a first visit, then straight into a park).
 */
export const loadWalkRoute = () => import('./walk-route.js');
export const loadLogRoute = () => import('./log-route.js');

export function warmWalkParts(): void {
  // Failing here is harmless: the screen asks again when it is opened.
  loadWalkRoute().catch(() => undefined);
  loadLogRoute().catch(() => undefined);
}
