/**
 * Without a connection, today's walks still show, as they were last kept on the device: when the
 * connection drops while the app is open, and when the app is opened again without one.
 */
import { expect, newPerson, test, uiCatalogues } from './support/pages.js';

const { nl } = uiCatalogues;

test('today’s plan still shows when the connection drops, and when the app is opened offline', async ({
  app,
  page,
  context,
}) => {
  const intake = await app.signedUpNew(newPerson());
  await intake.complete(
    {
      goals: ['back-pain'],
      age: 50,
      activity: 'light',
      comfortableWalkMinutes: 10,
      back: { type: 'chronic', legPain: false, painNow: 3 },
      redFlags: 'none',
    },
    'self-manage',
  );
  const menu = page.getByRole('navigation', { name: nl['nav.label'] });
  await menu.getByRole('link', { name: nl['tab.today'] }).click();
  await expect(page.getByRole('button', { name: nl['today.startWalk'] }).first()).toBeVisible();

  // The service worker has the app stored once it is active, before the connection goes.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await menu.getByRole('link', { name: nl['tab.settings'] }).click();
  await context.setOffline(true);
  await menu.getByRole('link', { name: nl['tab.today'] }).click();
  await expect(page.getByText(nl['today.offline'])).toBeVisible();
  await expect(page.getByRole('button', { name: nl['today.startWalk'] }).first()).toBeVisible();

  // Opened again, still offline: the service worker serves the app, which shows the kept plan.
  await page.reload();
  await expect(page.getByText(nl['today.offline'])).toBeVisible();
  await expect(page.getByRole('button', { name: nl['today.startWalk'] }).first()).toBeVisible();
  await context.setOffline(false);
});
