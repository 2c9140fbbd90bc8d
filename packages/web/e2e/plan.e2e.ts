/** The plan: the weeks' days, printing on A4 without the app's controls, and the calendar file. */
import { readFile } from 'node:fs/promises';
import { expect, newPerson, test, uiCatalogues } from './support/pages.js';
import { expectNoAxeViolations } from './support/axe.js';
import { backPainPerson } from './support/people.js';

const { nl } = uiCatalogues;

test('a person reads the week’s days, prints the plan and adds it to their calendar', async ({
  app,
  page,
}) => {
  const intake = await app.signedUpNew(newPerson());
  await intake.complete(
    {
      goals: ['back-pain'],
      age: 58,
      activity: 'light',
      comfortableWalkMinutes: 10,
      back: { type: 'chronic', legPain: false, painNow: 4 },
      redFlags: 'none',
    },
    'self-manage',
  );
  await page
    .getByRole('navigation', { name: nl['nav.label'] })
    .getByRole('link', { name: nl['tab.plan'] })
    .click();
  await page.getByText('De dagen van week 1', { exact: true }).click();
  await expect(
    page.getByText(/^maandag|^dinsdag|^woensdag|^donderdag|^vrijdag|^zaterdag|^zondag/).first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: nl['plan.calendar'] }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('wandelcoach-plan.ics');
  const ics = await readFile(await file.path(), 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain('SUMMARY:Wandelen:');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: nl['plan.print'] })).toBeHidden();
  await expect(page.getByRole('table', { name: nl['plan.title'] })).toBeVisible();
});

test('on a phone each week is a card, and a back-pain plan shows no column for walking backwards', async ({
  app,
  page,
}, testInfo) => {
  const intake = await app.signedUpNew(newPerson());
  const outcome = await intake.complete(backPainPerson({ comfortableWalkMinutes: 10 }), 'self-manage');
  const plan = await outcome.goToPlan();
  const phone = testInfo.project.use.isMobile === true;
  // A card per week on the phone, the table on a wide screen: twelve weeks either way.
  await expect(phone ? plan.cards : plan.table).toBeVisible();
  await expect(phone ? plan.table : plan.cards).toBeHidden();
  await expect(plan.weeks).toHaveCount(12);
  await expect(page.getByRole('main')).not.toContainText(nl['plan.retro']);
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('plan.png'), fullPage: true });

  // A reason's source by its name, with a link to what the source says.
  const source = page.getByRole('main').getByRole('link', { name: /KNGF/ }).first();
  await source.click();
  await expect(page).toHaveURL(/\/sources#/);
  await expect(page.getByRole('heading', { level: 1, name: nl['sources.title'] })).toBeVisible();
  await expect(page.locator(':focus')).toBeInViewport();
  await expectNoAxeViolations(page);
});
