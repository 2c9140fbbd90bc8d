/**
 * A signed-in patient's today comes with its cards already in the page (rendered by the server from
 * the same components), so they show before any script runs; the app then takes that markup over
 * without drawing it again, merges what waits in the outbox, and the service worker keeps no such
 * page (it holds one person's health data).
 */
import type { Page } from '@playwright/test';
import { expect, test, TodayPage, Wandelcoach } from './support/pages.js';
import { backPainPerson } from './support/people.js';

/** Someone with a plan under way, on today's screen. */
async function onToday(app: Wandelcoach): Promise<TodayPage> {
  const intake = await app.signedUpNew();
  const outcome = await intake.complete(backPainPerson(), 'self-manage');
  const today = await outcome.openToday();
  await expect(today.card(0).logButton).toBeVisible();
  return today;
}

/** The page as the server sent it says so on its root; the plain page has no such mark. */
function serverRendered(page: Page) {
  return expect(page.locator('#root')).toHaveAttribute('data-screen', 'today');
}

test('today’s cards are in the page itself, before any script runs, and no cache may keep it', async ({
  app,
  browser,
  baseURL,
  context,
}) => {
  const today = await onToday(app);
  const planned = await today.cards.count();
  expect(planned).toBeGreaterThan(0);
  const withoutScripts = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await context.storageState(),
    ...(baseURL && { baseURL }),
  });
  try {
    const page = await withoutScripts.newPage();
    const sameApp = new TodayPage(new Wandelcoach(page, app.timeZone));
    for (const address of ['/today', '/']) {
      const response = await page.goto(address);
      expect(response?.headers()['cache-control']).toBe('no-store, private');
      expect(response?.headers()['vary']).toContain('Cookie');
      await serverRendered(page);
      await expect(sameApp.heading).toBeVisible();
      await expect(sameApp.cards).toHaveCount(planned);
      await expect(sameApp.card(0).notDone).toBeVisible();
    }
  } finally {
    await withoutScripts.close();
  }
});

test.describe('without a service worker (the app’s scripts can be held back)', () => {
  test.use({ serviceWorkers: 'block' });

  test('the app takes over the page it was sent as it is, without a second render, and works', async ({
    app,
    page,
  }) => {
    const today = await onToday(app);
    // The app's scripts wait until the page as sent has been marked.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/assets/*.js', async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto('/today', { waitUntil: 'commit' });
    await expect(today.heading).toBeVisible();
    await serverRendered(page);
    await page.evaluate(() => {
      (window as { sentHeading?: Element | null }).sentHeading = document.querySelector('#root h1');
    });
    // The app's first question once it runs: who is signed in (it brings the CSRF token).
    const started = page.waitForResponse((response) => response.url().endsWith('/api/v1/session'));
    release();
    await started;
    // The very element the server sent is still on screen: taken over, not drawn anew.
    expect(
      await page.evaluate(() => {
        const sent = (window as { sentHeading?: Element | null }).sentHeading;
        return sent?.isConnected === true && document.querySelector('#root h1') === sent;
      }),
    ).toBe(true);
    await today.expectAccessible();
    await today.card(0).startWalk();
  });
});

test('a walk waiting on the phone still shows as done after a reload with the connection back, and no cache keeps the page', async ({
  app,
  context,
}) => {
  const today = await onToday(app);
  await app.serviceWorkerReady();
  await context.setOffline(true);
  const back = await (await today.logFirstWalk()).toToday();
  await expect(back.card(0).done).toBeVisible();

  // The connection is back, but the walk cannot get through yet: it waits on the phone.
  await context.route('**/api/v1/me/walks', (route) => route.abort('internetdisconnected'));
  await context.setOffline(false);
  await app.reload();
  // The page came from the server, through the service worker, with the walk merged in from the outbox.
  expect(await app.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await serverRendered(app.page);
  await expect(back.card(0).done).toBeVisible();
  await expect(back.waitingOnPhone(1)).toBeVisible();

  // What the service worker keeps: the app's files and its plain page, never a rendered one.
  const kept = await app.page.evaluate(async () => {
    const found: { url: string; rendered: boolean }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = (await (await cache.match(request))?.text()) ?? '';
        found.push({ url: request.url, rendered: body.includes('data-screen="today"') });
      }
    }
    return found;
  });
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.filter((entry) => entry.rendered)).toEqual([]);
  expect(kept.map((entry) => new URL(entry.url).pathname)).not.toContain('/today');
});
