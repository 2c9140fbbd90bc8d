/**
 * A first visit shows words as soon as the page arrives (the welcome comes rendered in it), and the
 * app, once started, works on that same page.
 */
import type { Page } from '@playwright/test';
import { expect, test, uiCatalogues, WelcomePage } from './support/pages.js';

const { nl, en } = uiCatalogues;

/**
 * Holds back the scripts `pattern` matches, as a slow line would, until the returned function is
 * called; a request whose page has gone by then is simply dropped.
 */
async function holdScripts(page: Page, pattern: string): Promise<() => void> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await released;
    await route.fallback().catch(() => undefined);
  });
  return release;
}

test('the welcome is in the page itself, before any script runs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL && { baseURL }) });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: nl['welcome.title'] })).toBeVisible();
    await expect(page.getByRole('link', { name: nl['welcome.signUp'] })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('a tap on "create an account" before the script has run still opens that screen', async ({ page }) => {
  // The welcome's scripts never come, as on a slow connection; the tap comes before them. The next
  // page's scripts load as usual.
  // Held until the tap, by which time the page that asked for them has gone.
  const tap = await holdScripts(page, '**/*.js');
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByRole('link', { name: nl['welcome.signUp'], exact: true }).click({ noWaitAfter: true });
  tap();
  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(
    page.getByRole('heading', { level: 1, name: nl['account.signUp.title'], exact: true }),
  ).toBeVisible();
});

test('the drawn welcome asks for no script before its first paint; the app and its worker come after', async ({
  page,
}) => {
  const sent = await (await page.request.get('/')).text();
  expect(sent).toContain('data-screen="welcome"');
  expect(sent).not.toContain('modulepreload');
  expect(sent).not.toMatch(/<script type="module"/);
  // No script is fetched for the page itself: the one that loads the app is inside it.
  expect(sent).not.toMatch(/<script[^>]* src=/);
  const loader = /<script data-app="(\/assets\/[^"]+\.js)" data-service-worker="(\/[^"]+\.js)">/.exec(sent);
  const app = loader?.[1];
  expect(app).toBeDefined();
  // The app it names is the one the plain page loads, and the browser does load it, and the
  // service worker the plain page registers is registered from here too (the app works offline).
  const loaded = page.waitForRequest((request) => new URL(request.url()).pathname === app);
  await page.goto('/');
  await loaded;
  await expect(page.locator('#root')).toHaveAttribute('data-screen', 'welcome');
  const registered = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration('/');
      const worker = registration?.active ?? registration?.waiting ?? registration?.installing;
      return worker ? new URL(worker.scriptURL).pathname : null;
    });
  await expect.poll(registered).toBe(loader?.[2]);
});

test('a language chosen before the app has taken over is kept, and the app shows the welcome in it', async ({
  page,
}) => {
  // The app's own scripts wait until the tap is done, as on a slow line; the small script that stands
  // in for the language switch meanwhile comes at once.
  const release = await holdScripts(page, '**/assets/*.js');
  await page.goto('/', { waitUntil: 'commit' });
  const english = page.getByRole('button', { name: 'English', exact: true });
  await english.click();
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  release();
  await expect(page.getByRole('heading', { level: 1, name: en['welcome.title'], exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

/**
 * Opens `/` and gives the language of the welcome the server sent for it: the page the browser
 * paints first, before any of the app's scripts could change it.
 */
async function sentWelcomeIn(page: Page): Promise<string | undefined> {
  const response = await page.goto('/', { waitUntil: 'commit' });
  expect(response?.status()).toBe(200);
  const sent = (await response?.text()) ?? '';
  const drawnIn = /<div id="root" data-screen="welcome" data-locale="(\w+)">/.exec(sent)?.[1];
  expect(/<html lang="(\w+)">/.exec(sent)?.[1]).toBe(drawnIn);
  return drawnIn;
}

test.describe('a language chosen on this device comes back from the server, not just from the app', () => {
  // A Dutch browser: without a choice the welcome comes in Dutch.
  test.use({ locale: 'nl-NL' });

  test('chosen with the app running, the next welcome is sent in English', async ({ app, page }) => {
    expect(await sentWelcomeIn(page)).toBe('nl');
    const welcome = new WelcomePage(app);
    await expect(page.locator('#root')).toHaveAttribute('data-app', 'running');
    await welcome.switchLanguage('English');
    await expect(welcome.heading).toBeVisible();

    expect(await sentWelcomeIn(page)).toBe('en');
    await expect(welcome.heading).toBeVisible();
    await expect(page.locator('#root')).toHaveAttribute('data-app', 'running');
    await expect(page.locator('#root')).toHaveAttribute('data-locale', 'en');
  });

  test('tapped before the app runs, the next welcome is sent in English', async ({ page }) => {
    // The app never starts here: only the small script that stands in for the switch keeps the tap.
    const release = await holdScripts(page, '**/assets/*.js');
    try {
      expect(await sentWelcomeIn(page)).toBe('nl');
      const english = page.getByRole('button', { name: 'English', exact: true });
      await english.click();
      await expect(english).toHaveAttribute('aria-pressed', 'true');
      expect(await sentWelcomeIn(page)).toBe('en');
      await expect(
        page.getByRole('heading', { level: 1, name: en['welcome.title'], exact: true }),
      ).toBeVisible();
      await expect(page.locator('#root')).not.toHaveAttribute('data-app', 'running');
    } finally {
      release();
    }
  });

  test('chosen before the server could read it, the app tells it once, and the next welcome is English', async ({
    page,
  }) => {
    // A device from before the cookie: the choice only in the app's storage, put there once the app
    // has started (so this start writes nothing).
    await sentWelcomeIn(page);
    await expect(page.locator('#root')).toHaveAttribute('data-app', 'running');
    await page.evaluate(() => {
      localStorage.setItem('wandelcoach.locale', 'en');
    });
    expect(await sentWelcomeIn(page)).toBe('nl');
    await expect(page.locator('#root')).toHaveAttribute('data-app', 'running');
    expect(await sentWelcomeIn(page)).toBe('en');
  });
});

test('an English browser is sent the welcome in English, already in the page', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    locale: 'en-GB',
    ...(baseURL && { baseURL }),
  });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: en['welcome.title'] })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the app takes over the welcome it was sent, and it works at once', async ({ app, page }) => {
  const welcome = await app.open();
  await expect(page.locator('#root')).toHaveAttribute('data-screen', 'welcome');
  // The buttons answer: the app has taken over the markup (a failed take-over logs an error, which
  // fails the test by itself).
  const account = await welcome.startSignUp();
  await expect(account.heading).toBeVisible();
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('the app takes over the English welcome as it is: the same markup, no second render', async ({
    app,
    page,
  }) => {
    app.locale = 'en';
    const welcome = await app.open();
    await expect(page.locator('#root')).toHaveAttribute('data-locale', 'en');
    await expect(welcome.heading).toHaveText(en['welcome.title']);
    const account = await welcome.startSignUp();
    await expect(account.heading).toBeVisible();
  });
});
