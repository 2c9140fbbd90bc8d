/**
 * Settings: the language, larger text, downloading one's data, and deleting the account for good (refused,
 * naming the practice, for its only admin while a patient is linked); the cadence,
 * kept and used by the guided walk. Also the guided walk with a fake clock: start, a minute walked,
 * the stop button, what to do now, then the log.
 */
import { expect, newPerson, SettingsPage, test, uiCatalogues } from './support/pages.js';
import { expectNoAxeViolations } from './support/axe.js';
import { careTeam } from './support/care-team.js';

const { nl } = uiCatalogues;

test('a person makes the text larger, downloads their data and deletes their account', async ({
  app,
  page,
}) => {
  const person = newPerson();
  const intake = await app.signedUpNew(person);
  await intake.complete(
    {
      goals: ['back-pain'],
      age: 61,
      activity: 'light',
      comfortableWalkMinutes: 10,
      back: { type: 'chronic', legPain: false, painNow: 3 },
      redFlags: 'none',
    },
    'self-manage',
  );
  await page
    .getByRole('navigation', { name: nl['nav.label'] })
    .getByRole('link', { name: nl['tab.settings'] })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: nl['settings.title'] })).toBeVisible();
  await expectNoAxeViolations(page);

  // The language, chosen here too: the whole screen turns English, and back.
  const { en } = uiCatalogues;
  await page.getByRole('radio', { name: en['language.en'] }).check();
  await expect(page.getByRole('heading', { level: 1, name: en['settings.title'] })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('radio', { name: nl['language.nl'] }).check();
  await expect(page.getByRole('heading', { level: 1, name: nl['settings.title'] })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await page.getByRole('checkbox', { name: nl['settings.largerText'] }).check();
  await expect(page.locator('html')).toHaveClass(/larger-text/);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: nl['settings.exportJson'] }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^wandelcoach-export-\d{4}-\d{2}-\d{2}\.json$/);

  const confirm = page.getByRole('button', { name: nl['settings.delete.confirm'] });
  await expect(confirm).toBeDisabled();
  await page.getByLabel(nl['settings.delete.password']).fill('not-my-password');
  await confirm.click();
  await expect(page.getByRole('alert')).toHaveText(nl['settings.delete.wrongPassword']);

  await page.getByLabel(nl['settings.delete.password']).fill(person.password);
  await confirm.click();
  await expect(page.getByRole('status').filter({ hasText: nl['settings.deleted'] })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: nl['welcome.title'] })).toBeVisible();
  expect(await (await page.request.get('/api/v1/session')).json()).toMatchObject({ account: null });
});

test('the only admin of a practice with a linked patient is told which practice, and what to do first', async ({
  page,
}) => {
  const { clinician } = await careTeam({ patientName: 'Anna de Vries', startDate: '2026-11-01', walks: [] });
  await page.context().addCookies(clinician.cookies);
  await page.goto('/settings');
  await page.getByLabel(nl['settings.delete.password']).fill(clinician.password);
  await page.getByRole('button', { name: nl['settings.delete.confirm'] }).click();
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText(`Je bent de enige beheerder van ${clinician.practiceName}.`);
  await expect(refusal).toContainText('Maak eerst een ander lid beheerder.');
  await expectNoAxeViolations(page);
  // Nothing was deleted: the account still signs in.
  expect(await (await page.request.get('/api/v1/session')).json()).toMatchObject({
    account: { email: clinician.email },
  });
});

test('a guided walk runs on a fake clock and the stop button says what to do now', async ({ app, page }) => {
  // Every page runs on Playwright's clock already (support/pinned-clock.ts); runFor moves it on.
  const intake = await app.signedUpNew();
  await intake.complete(
    {
      goals: ['back-pain'],
      age: 52,
      activity: 'light',
      comfortableWalkMinutes: 12,
      back: { type: 'chronic', legPain: false, painNow: 4 },
      redFlags: 'none',
    },
    'self-manage',
  );
  await page
    .getByRole('navigation', { name: nl['nav.label'] })
    .getByRole('link', { name: nl['tab.today'] })
    .click();
  await page.getByRole('button', { name: nl['today.startWalk'] }).first().click();
  await page.getByRole('button', { name: nl['walk.start'] }).click();
  const timer = page.getByRole('timer', { name: nl['walk.timeLeft'] });
  const before = await timer.textContent();
  await page.clock.runFor(61_000);
  await expect(timer).not.toHaveText(before ?? '');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: nl['walk.stop'] }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wat doe je nu?' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: nl['walk.stopped.toLog'] }).click();
  // The minutes walked before the stop are what the log starts with.
  await expect(page.getByLabel(nl['log.minutes'])).toHaveValue('1');
});

test('the cadence set on the settings screen is kept and used by the guided walk', async ({ app, page }) => {
  const intake = await app.signedUpNew();
  const outcome = await intake.complete(
    {
      goals: ['back-pain'],
      age: 70,
      activity: 'light',
      comfortableWalkMinutes: 10,
      back: { type: 'chronic', legPain: false, painNow: 3 },
      redFlags: 'none',
    },
    'self-manage',
  );
  const settings = await outcome.openSettings();
  const cadence = settings.cadence;
  // The field says what it is for and how to fill it in, linked to it for a screen reader.
  await expect(cadence.input).toHaveValue('100');
  await expect(cadence.input).toHaveAccessibleDescription(app.t('walk.cadence.help', { min: 40, max: 160 }));
  // One tap is not yet a cadence: the button says how many more it needs.
  await cadence.tapButton.click();
  await expect(cadence.tapStatus).toHaveText(app.t('walk.cadence.tapMore', { taps: 3 }));
  await expect(cadence.input).toHaveValue('100');

  // A number out of range is not kept, and the message names the field it is about.
  await cadence.set(300);
  const wrong = app.t('walk.cadence.range', { min: 40, max: 160 });
  await expect(cadence.error).toHaveText(wrong);
  await expect(cadence.error).toContainText(app.t('walk.cadence'));
  await expect(cadence.input).toHaveAttribute('aria-invalid', 'true');
  await expect(cadence.input).toHaveAccessibleDescription(
    `${app.t('walk.cadence.help', { min: 40, max: 160 })} ${wrong}`,
  );
  await expectNoAxeViolations(page);

  await cadence.set(88);
  await expect(cadence.error).toBeHidden();
  await expect(cadence.input).toHaveAttribute('aria-invalid', 'false');
  await expectNoAxeViolations(page);

  // Kept on the device: there after the app is opened again.
  await app.reload();
  const again = await new SettingsPage(app).openSettings();
  await expect(again.cadence.input).toHaveValue('88');

  // And the guided walk uses it.
  const today = await again.openToday();
  const walk = await today.card(0).startWalk();
  const walkCadence = await walk.openWalkSettings();
  await expect(walkCadence.input).toHaveValue('88');
});
