/**
 * Walks logged without a connection are kept on the phone and sent once it comes back: through the
 * production service worker and the browser's own IndexedDB, never a fake. Each walk is counted through
 * the API itself: stored exactly once. Also: two tabs send a walk once, and a tab that was offline while
 * the other sent it shows it once back online; a walk logged on a day that has ended keeps its own
 * date, a refusal from the server is shown with what to do, and a walk deleted meanwhile (410 Gone) is
 * settled.
 */
import type { Locale } from '@wandelcoach/engine';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, TodayPage, Wandelcoach, type OutcomePage } from './support/pages.js';
import { backPainPerson } from './support/people.js';
import { PINNED_NOW } from './support/pinned-clock.js';

test.describe.configure({ mode: 'parallel' });

async function speaking(app: Wandelcoach, locale: Locale): Promise<void> {
  app.locale = locale;
  await app.page.addInitScript((chosen) => {
    localStorage.setItem('wandelcoach.locale', chosen);
  }, locale);
}

/** Someone with a plan on today's screen, the app kept by the service worker for offline use. */
async function onToday(app: Wandelcoach): Promise<TodayPage> {
  const intake = await app.signedUpNew();
  const outcome: OutcomePage = await intake.complete(backPainPerson(), 'self-manage');
  const today = await outcome.openToday();
  await expect(today.card(0).logButton).toBeVisible();
  await app.serviceWorkerReady();
  return today;
}

/** The same person in a second tab of the same browser, on today's screen. */
async function secondTab(context: BrowserContext, locale: Locale): Promise<Wandelcoach> {
  const page: Page = await context.newPage();
  await page.clock.install({ time: PINNED_NOW });
  const app = new Wandelcoach(page);
  app.locale = locale;
  await page.goto('/today');
  await expect(new TodayPage(app).heading).toBeVisible();
  return app;
}

for (const locale of ['nl', 'en'] as const) {
  test(`a walk logged offline is kept through a reload and sent once when back online (${locale})`, async ({
    app,
    context,
  }, testInfo) => {
    await speaking(app, locale);
    const today = await onToday(app);
    await context.setOffline(true);

    const result = await today.logFirstWalk();
    await expect(result.savedOnPhone).toBeVisible();
    await app.page.screenshot({ path: testInfo.outputPath(`saved-on-phone-${locale}.png`), fullPage: true });
    const back = await result.toToday();
    // It counts at once: the card is done, and the screen says what waits on the phone.
    await expect(back.card(0).done).toBeVisible();
    await expect(back.waitingOnPhone(1)).toBeVisible();
    await back.expectAccessible();

    // Opened again, still offline: the walk is still there, still done.
    await app.reload();
    await expect(back.card(0).done).toBeVisible();
    await expect(back.waitingOnPhone(1)).toBeVisible();
    expect(await app.keptOnPhone()).toEqual([expect.objectContaining({ kind: 'log', state: 'waiting' })]);

    await context.setOffline(false);
    await expect(back.waitingOnPhone(1)).toBeHidden();
    await expect(back.card(0).done).toBeVisible();
    expect(await app.keptOnPhone()).toEqual([]);
    const walks = await app.walksFromApi();
    expect(walks).toHaveLength(1);
    expect(walks[0]).toMatchObject({ date: await app.localToday(), painDuring: 3 });

    // Opened once more, online: nothing is sent again.
    await app.reload();
    await expect(back.card(0).done).toBeVisible();
    expect(await app.walksFromApi()).toHaveLength(1);
  });
}

test('two tabs open at once send a walk logged offline once', async ({ app, context }) => {
  const today = await onToday(app);
  const other = await secondTab(context, app.locale);
  // Walks that reached the server (a try while offline never leaves the browser).
  const posts: string[] = [];
  context.on('requestfinished', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/me/walks')) posts.push(request.url());
  });
  await context.setOffline(true);
  await (await today.logFirstWalk()).toToday();
  await expect(new TodayPage(other).waitingOnPhone(1)).toBeVisible();

  // Both tabs hear the connection come back at the same moment, and both try to send.
  await context.setOffline(false);
  await expect(today.waitingOnPhone(1)).toBeHidden();
  await expect(new TodayPage(other).waitingOnPhone(1)).toBeHidden();
  await expect(new TodayPage(other).card(0).done).toBeVisible();
  expect(await app.walksFromApi()).toHaveLength(1);
  expect(posts).toHaveLength(1);
  await other.page.close();
});

/** Only `page` without a connection (DevTools' network emulation), the rest of the browser online. */
async function tabOffline(context: BrowserContext, page: Page, offline: boolean): Promise<void> {
  const devtools = await context.newCDPSession(page);
  await devtools.send('Network.enable');
  await devtools.send('Network.emulateNetworkConditions', {
    offline,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
}

test('a tab that was offline while another tab sent the walk shows it as walked once it is back online', async ({
  app,
}) => {
  const today = await onToday(app);
  const other = await secondTab(app.page.context(), app.locale);
  const otherToday = new TodayPage(other);
  // The second tab has no connection (the browser brings tabs back one by one) while the first sends
  // the walk. Told so, the second can only read this device's copy of today, which the first has not
  // yet renewed (its own ask for today is held back here), so the walk is neither sent nor in the copy.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await app.page.route('**/api/v1/me/today', async (route) => {
    await held;
    await route.continue();
  });
  await tabOffline(app.page.context(), other.page, true);
  let sent = false;
  let readAfterSending = 0;
  app.page.on('response', (response) => {
    if (response.request().method() === 'POST' && response.url().endsWith('/api/v1/me/walks')) sent = true;
  });
  other.page.on('requestfailed', (request) => {
    if (sent && request.url().endsWith('/api/v1/me/today')) readAfterSending++;
  });
  const result = await today.logFirstWalk();
  await expect.poll(() => readAfterSending).toBeGreaterThan(0);
  // What it can know offline: nothing waits on the phone, and its copy of today is from before the walk.
  await expect(otherToday.card(0).done).toBeHidden();
  await expect(otherToday.waitingOnPhone(1)).toBeHidden();
  release();
  await expect((await result.toToday()).card(0).done).toBeVisible();
  expect(await app.walksFromApi()).toHaveLength(1);

  // Back online, the second tab asks the server again and shows what was walked.
  await tabOffline(app.page.context(), other.page, false);
  await expect(otherToday.card(0).done).toBeVisible();
  await other.page.close();
});

test('a walk logged offline on a day that has ended before it is sent lands on its own date', async ({
  app,
  context,
}) => {
  const today = await onToday(app);
  const walkedOn = await app.localToday();
  await context.setOffline(true);
  await (await today.logFirstWalk()).toToday();

  // The next day on the phone before the connection comes back.
  await app.page.clock.fastForward('24:00:00');
  await context.setOffline(false);
  await expect.poll(async () => (await app.walksFromApi()).map((walk) => walk.date)).toEqual([walkedOn]);
  // Taken off the phone once the server's answer is in, a moment after the server stored it.
  await expect.poll(() => app.keptOnPhone()).toEqual([]);
});

test('a walk the server refuses (422) is shown with what is wrong, and goes only when the person says so', async ({
  app,
  context,
}) => {
  const today = await onToday(app);
  await context.setOffline(true);
  await (await today.logFirstWalk()).toToday();
  // Meanwhile, on another device, the account moved to a time zone where today is still yesterday:
  // the server now finds the walk's date after its today.
  await app.changeAccountFromApi({ timeZone: 'Pacific/Pago_Pago' });
  await context.setOffline(false);

  await expect(today.refused).toBeVisible();
  await expect(today.refused).toContainText(app.t('outbox.refused.dateAhead'));
  await expect(today.refused).toContainText(app.t('outbox.refused.advice'));
  // Not counted: the server does not have it, and it no longer waits to be sent.
  await expect(today.waitingOnPhone(1)).toBeHidden();
  await today.expectAccessible();
  expect(await app.keptOnPhone()).toEqual([expect.objectContaining({ state: 'refused' })]);

  await today.removeRefusedButton.click();
  await expect(today.refused).toBeHidden();
  expect(await app.keptOnPhone()).toEqual([]);
  expect(await app.walksFromApi()).toEqual([]);
});

test('a walk deleted meanwhile (410 Gone) is settled, never stored again', async ({ app, context }) => {
  const today = await onToday(app);
  await context.setOffline(true);
  await (await today.logFirstWalk()).toToday();
  const [kept] = await app.keptOnPhone();
  if (kept?.walk === undefined) throw new Error('the walk is not kept on the phone');

  // Its first sending reached the server after all, and it was deleted on another device since.
  expect(await app.apiRequest('POST', '/me/walks', kept.walk)).toBe(201);
  expect(await app.apiRequest('DELETE', `/me/walks/${String(kept.walk['id'])}`)).toBe(204);
  await context.setOffline(false);

  await expect(today.waitingOnPhone(1)).toBeHidden();
  await expect(today.refused).toBeHidden();
  await expect.poll(() => app.keptOnPhone()).toEqual([]);
  expect(await app.walksFromApi()).toEqual([]);
});

test('the next morning’s answer given offline is kept on the phone and sent when back online', async ({
  app,
  context,
}) => {
  const today = await onToday(app);
  // A walk noted yesterday (through the API: the log form only notes today's walks).
  const yesterday = await app.localDate(-1);
  const walk = { id: crypto.randomUUID(), date: yesterday, kind: 'forward', minutes: 10, painDuring: 5 };
  expect(await app.apiRequest('POST', '/me/walks', walk)).toBe(201);
  await app.reload();
  await expect(today.morningQuestion).toBeVisible();

  await context.setOffline(true);
  await today.morningPain(2).check();
  await today.morningQuestion.getByRole('button', { name: app.t('morning.save'), exact: true }).click();
  await expect(today.saved).toHaveText(app.t('morning.savedOnPhone'));
  await expect(today.morningQuestion).toBeHidden();
  await expect(today.waitingOnPhone(1)).toBeVisible();

  await context.setOffline(false);
  await expect(today.waitingOnPhone(1)).toBeHidden();
  expect(await app.walksFromApi()).toEqual([expect.objectContaining({ id: walk.id, painNextMorning: 2 })]);
  await expect(today.morningQuestion).toBeHidden();
});
