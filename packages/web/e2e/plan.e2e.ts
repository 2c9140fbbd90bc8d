/** The plan: the weeks' days, printing on A4 without the app's controls, and the calendar file. */
import { readFile } from 'node:fs/promises';
import { expect, newPerson, test, uiCatalogues } from './support/pages.js';
import { expectNoAxeViolations } from './support/axe.js';

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
    .getByRole('button', { name: nl['nav.plan'] })
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
