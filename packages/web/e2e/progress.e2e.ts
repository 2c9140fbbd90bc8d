/** Progress: after a walk is noted, the week's minutes and the pain show, as charts and as tables. */
import { randomUUID } from 'node:crypto';
import { expect, newPerson, test, uiCatalogues } from './support/pages.js';
import { expectNoAxeViolations } from './support/axe.js';

const { nl } = uiCatalogues;

test('a walk noted shows up in the week’s minutes and in the pain over time', async ({ app, page }) => {
  const intake = await app.signedUpNew(newPerson());
  await intake.complete(
    {
      goals: ['back-pain'],
      age: 45,
      activity: 'light',
      comfortableWalkMinutes: 10,
      back: { type: 'chronic', legPain: false, painNow: 3 },
      redFlags: 'none',
    },
    'self-manage',
  );
  const session = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
  const today = await app.localToday();
  const logged = await page.request.post('/api/v1/me/walks', {
    headers: { 'x-csrf-token': session.csrfToken },
    data: { id: randomUUID(), date: today, kind: 'forward', minutes: 7.5, painDuring: 4 },
  });
  expect(logged.status(), await logged.text()).toBe(201);

  await page
    .getByRole('navigation', { name: nl['nav.label'] })
    .getByRole('button', { name: nl['nav.progress'] })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: nl['progress.title'] })).toBeVisible();
  await expect(page.getByRole('img', { name: /Gepland en gelopen minuten per week/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Pijn tijdens het lopen/ })).toBeVisible();

  await page.getByText(nl['progress.table']).first().click();
  const minutes = page.getByRole('table', { name: nl['progress.minutes'] });
  await expect(minutes.getByRole('row', { name: /^Week 1 / })).toContainText('7,5');
  await page.getByText(nl['progress.table']).nth(1).click();
  await expect(
    page.getByRole('table', { name: nl['progress.pain'] }).getByRole('row', { name: new RegExp(today) }),
  ).toContainText('4');
  await expectNoAxeViolations(page);
});
