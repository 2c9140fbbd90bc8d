/**
 * The app around the screens, as a person on a phone meets it: every screen has its own address
 * (Back, Forward, reload and bookmarks work, also offline), screens open at the top, a slim header
 * and a tab bar at the bottom, today's first walk in view at once, today's date and place in the
 * programme, the language of the browser and then of the account, and words that break between
 * syllables.
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.js';
import { expect, test, TodayPage, uiCatalogues, type Wandelcoach } from './support/pages.js';
import { backPainPerson } from './support/people.js';

const { nl, en } = uiCatalogues;

test.describe.configure({ mode: 'parallel' });

const backPain = backPainPerson();

/** Someone who has just got their plan, on today's screen. */
async function withPlan(app: Wandelcoach): Promise<TodayPage> {
  const intake = await app.signedUpNew();
  const outcome = await intake.complete(backPain, 'self-manage');
  return outcome.openToday();
}

/** The screen opened at the top: nothing scrolled, the main heading whole and in view. */
async function expectOpenedAtTop(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const heading = page.getByRole('main').getByRole('heading', { level: 1 }).first();
  await expect(heading).toBeInViewport({ ratio: 1 });
}

test('every screen has its own address: Back, Forward, reload and a bookmark all land on it', async ({
  app,
  page,
}) => {
  const today = await withPlan(app);
  await expect(page).toHaveURL(/\/today$/);
  await expectOpenedAtTop(page);

  const plan = await today.openPlan();
  await expect(page).toHaveURL(/\/plan$/);
  await expectOpenedAtTop(page);
  const progress = await plan.openProgress();
  await expect(page).toHaveURL(/\/progress$/);

  // The phone's Back goes to the screen before, inside the app, and Forward returns.
  await page.goBack();
  await expect(plan.heading).toBeVisible();
  await expectOpenedAtTop(page);
  await page.goBack();
  await expect(today.heading).toBeVisible();
  await page.goForward();
  await expect(plan.heading).toBeVisible();

  // A reload stays on the screen.
  await app.reload();
  await expect(plan.heading).toBeVisible();
  await expect(page).toHaveURL(/\/plan$/);

  // A bookmark opens its screen directly.
  await page.goto('/progress');
  await expect(progress.heading).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: nl['settings.title'] })).toBeVisible();

  // An address the app does not know says so, with the way back.
  await page.goto('/no-such-screen');
  await expect(page.getByRole('heading', { level: 1, name: nl['notFound.title'] })).toBeVisible();
  await page.getByRole('link', { name: nl['notFound.home'] }).click();
  await expect(today.heading).toBeVisible();
  await expect(page).toHaveURL(/\/today$/);
});

test('a screen opened from far down the one before opens at its top, with focus and no scrolling', async ({
  app,
  page,
}) => {
  const today = await withPlan(app);
  const plan = await today.openPlan();
  await page.evaluate(() => {
    window.scrollTo(0, document.body.scrollHeight);
  });
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await plan.menuButton('progress').click();
  await expect(page.getByRole('heading', { level: 1, name: nl['progress.title'] })).toBeVisible();
  await expectOpenedAtTop(page);
  // A screen reader starts reading the new screen: focus is in it.
  expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement))).toBe(
    true,
  );
});

test('a slim header, the tab bar at the bottom, and today’s first walk in view without scrolling', async ({
  app,
  page,
}, testInfo) => {
  const today = await withPlan(app);
  const viewport = page.viewportSize();
  if (viewport === null) throw new Error('no viewport');
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.height ?? Infinity).toBeLessThan(viewport.height * 0.1);

  await expect(today.menu.getByRole('link')).toHaveText([
    nl['tab.today'],
    nl['tab.plan'],
    nl['tab.progress'],
    nl['tab.settings'],
  ]);
  await expect(today.menuButton('today')).toHaveAttribute('aria-current', 'page');
  const bar = await today.menu.boundingBox();
  expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeCloseTo(viewport.height, 0);

  // The first walk's button to start it is on the first screen, whole.
  await expect(today.card(0).startWalkButton).toBeInViewport({ ratio: 1 });
  // Language and signing out are in the settings, not in the way on every screen.
  await expect(page.getByRole('banner').getByRole('button')).toHaveCount(0);
  await today.expectAccessible();
  await page.screenshot({ path: testInfo.outputPath('today.png') });
});

test('today says the date, the week and day of the programme, and the minutes in all', async ({ app }) => {
  const today = await withPlan(app);
  const main = app.page.getByRole('main');
  // The plan starts today, Wednesday 18 November (the pinned clock).
  await expect(main.getByText('woensdag 18 november', { exact: true })).toBeVisible();
  await expect(main.getByText(app.t('today.weekDay', { week: 1, day: 1 }), { exact: true })).toBeVisible();
  const output = await app.planFromApi();
  const sessions = output.plan?.weeks[0]?.days.find((day) => day.date === '2026-11-18')?.sessions ?? [];
  const total = sessions.reduce((sum, session) => sum + session.minutes, 0);
  expect(total).toBeGreaterThan(0);
  await expect(main.getByText(app.t('today.total', { minutes: total }), { exact: true })).toBeVisible();
  await today.expectAccessible();
});

test('walks planned on the days before and not noted are named, with the advice not to catch up', async ({
  app,
  page,
}) => {
  const intake = await app.signedUpNew();
  // The plan started two days ago (Monday), and nothing has been noted since.
  const today = await (
    await intake.complete({ ...backPain, startDate: '2026-11-16' }, 'self-manage')
  ).openToday();
  const missed = page.getByRole('region', { name: nl['today.missed.title'] });
  await expect(missed).toBeVisible();
  await expect(missed.getByRole('listitem').first()).toContainText(nl['today.yesterday']);
  await expect(missed).toContainText(nl['today.missed.advice']);
  await expect(page.getByRole('main').getByText(app.t('today.weekDay', { week: 1, day: 3 }))).toBeVisible();
  // Today's first walk still comes first.
  await expect(today.card(0).startWalkButton).toBeInViewport();
  await today.expectAccessible();
});

test('headings break between syllables, in the page’s own language', async ({ app, page }) => {
  await withPlan(app);
  await expect(app.document).toHaveAttribute('lang', 'nl');
  const hyphens = await page
    .getByRole('main')
    .getByRole('heading', { level: 2 })
    .first()
    .evaluate((element) => getComputedStyle(element).hyphens);
  expect(hyphens).toBe('auto');
});

test('offline, every screen’s address still opens the app, and today shows the kept plan', async ({
  app,
  page,
  context,
}) => {
  const today = await withPlan(app);
  await expect(today.card(0).startWalkButton).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  for (const address of ['/today', '/plan', '/settings', '/intake/safety']) {
    await page.goto(address);
    // The app itself answers (its header is there), never the browser's "no connection" page.
    await expect(page.getByRole('banner').getByText(nl['app.name'])).toBeVisible();
  }
  await page.goto('/today');
  await expect(page.getByText(nl['today.offline'])).toBeVisible();
  await expect(today.card(0).startWalkButton).toBeVisible();
  await context.setOffline(false);
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('a first visit is in English, and nothing Dutch shows through on any screen', async ({
    app,
    page,
  }) => {
    app.locale = 'en';
    const welcome = await app.open();
    await expect(app.document).toHaveAttribute('lang', 'en');
    await expect(welcome.heading).toHaveText(en['welcome.title']);
    const dutch = /huisarts|spoedeisende|verwijzing|fysiotherapeut|wandel(ing|en)\b/i;

    const emergency = await app.signedUpNew();
    const outcome = await emergency.complete({ ...backPain, redFlags: ['saddle-numbness'] }, 'emergency');
    await expect(page.getByRole('main')).not.toContainText(dutch);
    await outcome.expectAccessible();

    const intake = await app.signedUpNew();
    const today = await (await intake.complete(backPain, 'self-manage')).openToday();
    await expect(app.document).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('main').getByText('Wednesday 18 November', { exact: true })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(dutch);
    await today.expectAccessible();
    for (const item of ['plan', 'progress', 'settings'] as const) {
      await today.menuButton(item).click();
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('main')).not.toContainText(dutch);
      await expectNoAxeViolations(page);
    }
  });
});

test('an account in English shows English on a new device whose browser is Dutch', async ({
  browser,
  baseURL,
}) => {
  // Made in an English browser.
  const english = await browser.newContext({ ...(baseURL !== undefined && { baseURL }), locale: 'en-GB' });
  const first = await english.newPage();
  const person = {
    email: `walker-${String(Date.now())}@example.com`,
    password: 'een rustige wandeling langs het water',
  };
  const made = await first.request.post('/api/v1/accounts', {
    data: { ...person, locale: 'en', timeZone: 'Europe/Amsterdam' },
  });
  expect(made.status()).toBe(201);
  await english.close();

  // Opened on a Dutch phone: the welcome in Dutch, and after signing in the account's English.
  const dutch = await browser.newContext({ ...(baseURL !== undefined && { baseURL }), locale: 'nl-NL' });
  const page = await dutch.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('link', { name: nl['welcome.signIn'] }).click();
  await page.getByLabel(nl['account.email']).fill(person.email);
  await page.getByLabel(nl['account.password'], { exact: true }).fill(person.password);
  await page.getByRole('button', { name: nl['account.signIn.submit'] }).click();
  await expect(page.getByRole('heading', { level: 1, name: en['intake.step.goals.title'] })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await dutch.close();
});
