/**
 * Progress: after a walk is noted, the week's minutes and the pain show, as charts and as tables;
 * the next morning's pain, asked on the next day's first visit, shows there too.
 */
import { randomUUID } from 'node:crypto';
import { expect, newPerson, test, TodayPage, uiCatalogues } from './support/pages.js';
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
    .getByRole('link', { name: nl['tab.progress'] })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: nl['progress.title'] })).toBeVisible();
  await expect(page.getByRole('img', { name: /Gepland en gelopen minuten per week/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Pijn tijdens het lopen/ })).toBeVisible();
  // The pain chart's time axis is in the person's language and in this month (never years ahead),
  // its legend shows values, and a sentence says the trend in words.
  const main = page.getByRole('main');
  await expect(main).toContainText('18 nov');
  await expect(main).not.toContainText(/\b202[7-9]\b/);
  await expect(main).not.toContainText('--');
  await expect(
    main.getByText(nl['progress.legend.day'].replace('{value}', '4').replace('{date}', '18 nov')),
  ).toBeVisible();
  await expect(main.getByText(/^Je pijn tijdens het lopen was 4/)).toBeVisible();
  // Week numbers on the minutes chart are whole numbers.
  await expect(main).not.toContainText(/week 1[.,]5/i);

  await page.getByText(nl['progress.table']).first().click();
  const minutes = page.getByRole('table', { name: nl['progress.minutes'] });
  await expect(minutes.getByRole('row', { name: /^Week 1 / })).toContainText('7,5');
  await page.getByText(nl['progress.table']).nth(1).click();
  await expect(
    page.getByRole('table', { name: nl['progress.pain'] }).getByRole('row', { name: new RegExp(today) }),
  ).toContainText('4');
  await expectNoAxeViolations(page);
});

test('the next morning the app asks how the back is, and progress shows the answer', async ({
  app,
  page,
}) => {
  const intake = await app.signedUpNew(newPerson());
  const outcome = await intake.complete(
    {
      goals: ['back-pain'],
      age: 66,
      activity: 'light',
      comfortableWalkMinutes: 10,
      back: { type: 'chronic', legPain: false, painNow: 4 },
      redFlags: 'none',
    },
    'self-manage',
  );
  // A walk noted yesterday (through the API: the log form only notes today's walks).
  const yesterday = await app.localDate(-1);
  const session = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
  const logged = await page.request.post('/api/v1/me/walks', {
    headers: { 'x-csrf-token': session.csrfToken },
    data: { id: randomUUID(), date: yesterday, kind: 'forward', minutes: 10, painDuring: 5 },
  });
  expect(logged.status(), await logged.text()).toBe(201);

  // Before the morning's answer: yesterday's pain during the walk, nothing yet for the morning after.
  const before = await outcome.openProgress();
  await before.showPainTable();
  await expect(before.painRow(yesterday).during).toHaveText('5');
  await expect(before.painRow(yesterday).nextMorning).toHaveText('–');

  // The next visit (the app opened at its start) opens on today, which asks first how the back is.
  await page.goto('/');
  const today = new TodayPage(app);
  await expect(today.heading).toBeVisible();
  await expect(today.morningQuestion).toBeVisible();
  await today.expectAccessible();
  await today.answerMorning(2);

  const after = await today.openProgress();
  await after.showPainTable();
  await expect(after.painRow(yesterday).during).toHaveText('5');
  await expect(after.painRow(yesterday).nextMorning).toHaveText('2');

  // Asked once: the next visit does not ask again (checked once the walks, which decide it, are in).
  const walksAnswered = page.waitForResponse((response) => response.url().includes('/api/v1/me/walks'));
  await page.goto('/');
  await walksAnswered;
  await expect(today.heading).toBeVisible();
  await expect(today.cards.first()).toBeVisible();
  await expect(today.morningQuestion).toHaveCount(0);
});
