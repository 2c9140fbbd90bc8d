/**
 * The guided walk on the whole screen (issue 11, points 3 and 9). No header, no tab bar: the time left,
 * pause and the big stop button are whole and in view without scrolling, at the normal size, at 200%,
 * with the app's larger text at 200% as well, on a phone on its side and in a browser zoomed to 200%,
 * in Dutch and in English. A walk backwards that may only be done with a supervisor first asks whether
 * they are there, and starts only on yes.
 */
import type { Locator } from '@playwright/test';
import type { Locale } from '@wandelcoach/engine';
import { expectNoAxeViolations } from './support/axe.js';
import { expectLargeTargets, expectNothingLost, zoomTo200 } from './support/layout.js';
import { expect, test, type IntakeAnswers, type Wandelcoach } from './support/pages.js';
import { backPainPerson } from './support/people.js';

test.describe.configure({ mode: 'parallel' });

const backPain = backPainPerson({
  age: 62,
  comfortableWalkMinutes: 12,
});

/** Unsteady at 78 and wanting to walk backwards: retro-walking only with a supervisor (STEADI). */
const unsteadyRetro = {
  goals: ['retro-walking'],
  age: 78,
  activity: 'light',
  redFlags: 'none',
  fallRisk: ['unsteady'],
  equipment: ['railOrFlatPath', 'companion'],
} as const satisfies IntakeAnswers;

/** The walk's parts a person may need in a hurry, by their names. */
function urgentParts(
  app: Wandelcoach,
  state: 'walking' | 'paused',
): { timer: Locator; pauseOrResume: Locator; stop: Locator } {
  const main = app.page.getByRole('main');
  const pauseOrResume = state === 'walking' ? 'walk.pause' : 'walk.resume';
  return {
    timer: main.getByRole('timer', { name: app.t('walk.timeLeft'), exact: true }),
    pauseOrResume: main.getByRole('button', { name: app.t(pauseOrResume), exact: true }),
    stop: main.getByRole('button', { name: app.t('walk.stop'), exact: true }),
  };
}

/** Whole and in view, with nothing scrolled to get there, and none of the app's chrome around. */
async function expectUrgentPartsInView(app: Wandelcoach, state: 'walking' | 'paused'): Promise<void> {
  const { page } = app;
  for (const part of Object.values(urgentParts(app, state)))
    await expect.soft(part).toBeInViewport({ ratio: 1 });
  const scrolled = await page.evaluate(() => [
    window.scrollX,
    window.scrollY,
    ...[...document.querySelectorAll('main *')].map((element) => element.scrollTop),
  ]);
  expect.soft(Math.max(...scrolled), 'nothing on the walk screen is scrolled').toBe(0);
  await expect.soft(page.getByRole('banner')).toHaveCount(0);
  await expect.soft(page.getByRole('navigation')).toHaveCount(0);
}

/** Someone new gets a back-pain plan in their language and starts today's first walk. */
async function startFirstWalk(app: Wandelcoach, locale: Locale, largerText = false): Promise<void> {
  app.locale = locale;
  const intake = await app.signedUpNew();
  const outcome = await intake.complete(backPain, 'self-manage');
  let today = await outcome.openToday();
  if (largerText) {
    const settings = await today.openSettings();
    await app.page.getByRole('checkbox', { name: app.t('settings.largerText') }).check();
    await expect(app.document).toHaveClass(/larger-text/);
    today = await settings.openToday();
  }
  const walk = await today.card(0).startWalk();
  await expect(app.page).toHaveURL(/\/walk\/0$/);
  await walk.startButton.click();
  await expect(urgentParts(app, 'walking').pauseOrResume).toBeVisible();
}

async function pause(app: Wandelcoach): Promise<void> {
  await app.page
    .getByRole('main')
    .getByRole('button', { name: app.t('walk.pause'), exact: true })
    .click();
  await expect(urgentParts(app, 'paused').pauseOrResume).toBeVisible();
}

for (const locale of ['nl', 'en'] as const) {
  test(`${locale}: during a walk the time, pause and stop are in view, at the normal size and at 200%`, async ({
    app,
    page,
  }, testInfo) => {
    await startFirstWalk(app, locale);
    await expectUrgentPartsInView(app, 'walking');
    await expectLargeTargets(page);
    await expectNothingLost(page);
    await expectNoAxeViolations(page);

    const restore = await zoomTo200(page, testInfo);
    try {
      await expectUrgentPartsInView(app, 'walking');
      await expectNothingLost(page);
      await pause(app);
      await expectUrgentPartsInView(app, 'paused');
    } finally {
      await restore();
    }
    await expectUrgentPartsInView(app, 'paused');
    await page.screenshot({ path: testInfo.outputPath(`walk-${locale}.png`) });
  });

  test(`${locale}: with the app's larger text, at 200% as well`, async ({ app, page }, testInfo) => {
    await startFirstWalk(app, locale, true);
    await expectUrgentPartsInView(app, 'walking');
    const restore = await zoomTo200(page, testInfo);
    try {
      await expectUrgentPartsInView(app, 'walking');
      await expectNothingLost(page);
      await pause(app);
      await expectUrgentPartsInView(app, 'paused');
      await page.screenshot({ path: testInfo.outputPath(`walk-larger-200-${locale}.png`) });
    } finally {
      await restore();
    }
  });
}

test('on a phone on its side (844 × 390), and in a browser zoomed to 200% (195 × 422)', async ({
  app,
  page,
}, testInfo) => {
  // The sizes are set here, so both projects check them (a skip would fail CI, which runs everything).
  await startFirstWalk(app, 'nl');
  for (const size of [
    { width: 844, height: 390 },
    { width: 195, height: 422 },
  ]) {
    await page.setViewportSize(size);
    await expectUrgentPartsInView(app, 'walking');
    await expectNothingLost(page);
  }
  // On its side with 200% text as well.
  await page.setViewportSize({ width: 844, height: 390 });
  const restore = await zoomTo200(page, testInfo);
  try {
    await expectUrgentPartsInView(app, 'walking');
    await page.screenshot({ path: testInfo.outputPath('walk-landscape-200.png') });
  } finally {
    await restore();
  }
});

test('a walk backwards that needs a supervisor asks first whether they are there', async ({ app, page }) => {
  const intake = await app.signedUpNew();
  const outcome = await intake.complete(unsteadyRetro, 'supervised');
  // Supervision is the headline; "start on your own" is nowhere.
  await expect(page.getByRole('main')).not.toContainText(app.t('triage.selfManage.intro'));
  const today = await outcome.openToday();
  const card = today.cardFor('retro');
  await expect(card.supervisedWarning).toBeVisible();

  const main = page.getByRole('main');
  const question = main.getByRole('heading', {
    level: 1,
    name: app.t('walk.supervisor.question'),
    exact: true,
  });
  const timer = main.getByRole('timer');
  const start = main.getByRole('button', { name: app.t('walk.start'), exact: true });
  await card.startWalkButton.click();
  await expect(question).toBeVisible();
  await expect(timer).toHaveCount(0);
  await expect(start).toHaveCount(0);
  await expectNoAxeViolations(page);

  // No: a calm word on why, and the way back to today; the walk does not start.
  await main.getByRole('button', { name: app.t('walk.supervisor.no'), exact: true }).click();
  await expect(
    main.getByRole('heading', { level: 1, name: app.t('walk.supervisor.absent.title'), exact: true }),
  ).toBeFocused();
  await expect(timer).toHaveCount(0);
  await expect(start).toHaveCount(0);
  await expectNoAxeViolations(page);
  await main.getByRole('button', { name: app.t('walk.back'), exact: true }).click();
  await expect(today.heading).toBeVisible();

  // Yes: the walk, ready to start.
  await card.startWalkButton.click();
  await main.getByRole('button', { name: app.t('walk.supervisor.yes'), exact: true }).click();
  await expect(timer).toBeVisible();
  await expect(start).toBeVisible();
});
