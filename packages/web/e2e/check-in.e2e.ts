/**
 * The questions at the start, week 6 and week 12 (outcome measures), through the real server: today
 * offers them when due, the person answers (or puts them off) on `/check-in`, and the answers reach
 * the server as the scales ask.
 */
import { expect as playwrightExpect, type Page } from '@playwright/test';
import { expectFitsAtNormalAndDouble } from './support/layout.js';
import { backPainPerson } from './support/people.js';
import { CheckInPage, expect, newPerson, test, TodayPage } from './support/pages.js';

interface Outcomes {
  due: { timepoint: string } | null;
  answers: { nprs: number; psfs: { activity: string; score: number }[]; globalRating: number | null }[];
}

async function outcomesFromApi(page: Page): Promise<Outcomes> {
  const response = await page.request.get('/api/v1/me/outcome-measures');
  playwrightExpect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Outcomes;
}

test('at the start, today offers the questions; the person answers them and the card goes', async ({
  app,
  page,
}, testInfo) => {
  const intake = await app.signedUpNew(newPerson());
  await intake.complete(backPainPerson(), 'self-manage');
  const today = new TodayPage(app);
  await page.goto('/today');
  await expect(today.heading).toBeVisible();
  await expect(today.checkInCard).toBeVisible();
  const checkIn = await today.openCheckIn();
  await expect(page.getByText(app.t('checkin.when.start'), { exact: true })).toBeVisible();
  await expect(checkIn.question(app.t('checkin.groc'))).toHaveCount(0);
  await expect(page.getByText(app.t('checkin.psfs.credit'), { exact: true })).toBeVisible();
  await checkIn.expectAccessible();
  await expectFitsAtNormalAndDouble(page, testInfo, checkIn.sendButton);

  // Nothing answered: the first question says so and gets focus.
  await checkIn.sendButton.click();
  await expect(
    checkIn.question(app.t('checkin.nprs')).getByRole('radio', { name: '0', exact: true }),
  ).toBeFocused();
  await expect(checkIn.question(app.t('checkin.nprs')).getByRole('alert')).toHaveText(
    app.t('checkin.error.nprs'),
  );

  await checkIn.answerAtStart(6, [
    ['Boodschappen doen', 3],
    ['Tuinieren', 4],
    ['Traplopen', 0],
  ]);
  await checkIn.sendButton.click();
  await expect(checkIn.status).toHaveText(app.t('checkin.sent'));
  await checkIn.expectAccessible();

  const stored = await outcomesFromApi(page);
  expect(stored.due).toBeNull();
  expect(stored.answers).toEqual([
    expect.objectContaining({
      nprs: 6,
      psfs: [
        { activity: 'Boodschappen doen', score: 3 },
        { activity: 'Tuinieren', score: 4 },
        { activity: 'Traplopen', score: 0 },
      ],
      globalRating: null,
    }),
  ]);

  await page.getByRole('button', { name: app.t('checkin.toToday'), exact: true }).click();
  await expect(today.heading).toBeVisible();
  await expect(today.card(0).root).toBeVisible();
  await expect(today.checkInCard).toHaveCount(0);
});

test('"not now" puts the questions off and says when they come back, in English', async ({ app, page }) => {
  app.locale = 'en';
  const intake = await app.signedUpNew(newPerson());
  await intake.complete(backPainPerson(), 'self-manage');
  await page.goto('/check-in');
  const today = new TodayPage(app);
  const checkIn = new CheckInPage(app);
  await expect(checkIn.heading).toBeVisible();
  await checkIn.laterButton.click();
  const askAgainOn = await app.localDate(3);
  const said = new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${askAgainOn}T00:00:00Z`));
  await expect(checkIn.status).toHaveText(app.t('checkin.skipped', { date: said }));
  expect((await outcomesFromApi(page)).due).toBeNull();
  await page.goto('/today');
  await expect(today.heading).toBeVisible();
  await expect(today.checkInCard).toHaveCount(0);
});
