/**
 * Large enough to tap, and nothing lost at 200% (WCAG 1.4.4 resize text, 1.4.10 reflow): the screens
 * a person meets first and every day. At the normal size every control is at least 44 × 44 CSS px;
 * at 200% the page does not scroll sideways, every control fits the width, no text is cut off, and
 * the screen's main button can be seen whole. On the desktop 200% is the browser's zoom; on the
 * phone it is the text size setting (see zoomTo200).
 */
import type { Locator } from '@playwright/test';
import { expectFitsAtNormalAndDouble } from './support/layout.js';
import { expect, test, type IntakeAnswers } from './support/pages.js';

const answers = {
  goals: ['back-pain'],
  age: 74,
  activity: 'light',
  comfortableWalkMinutes: 10,
  back: { type: 'chronic', legPain: false, painNow: 4 },
  redFlags: 'none',
} as const satisfies IntakeAnswers;

test('the first screens and the daily ones fit at 200% and have targets of 44 px', async ({
  app,
  page,
}, testInfo) => {
  const check = (mainButton: Locator) => expectFitsAtNormalAndDouble(page, testInfo, mainButton);

  const welcome = await app.open();
  await check(welcome.signUpLink);

  const intake = await app.signedUpNew();
  await check(intake.nextButton);
  // A step with choices and a field to type in.
  await intake.chooseGoals(answers.goals);
  await intake.next();
  await check(intake.nextButton);

  await intake.fillAboutYou(answers);
  await intake.next();
  const outcome = await intake.complete(answers, 'self-manage');
  await check(outcome.toPlanButton);

  const today = await outcome.openToday();
  const card = today.card(0);
  await check(card.startWalkButton);
  // The after-walk log: the 0–10 scale of choices is the widest thing a person taps.
  const log = await card.openLog();
  await check(log.saveButton);
  // The log is a screen of its own: Back returns to today.
  await page.goBack();
  await expect(today.heading).toBeVisible();

  const plan = await today.openPlan();
  await check(plan.printButton);

  const settings = await plan.openSettings();
  await check(settings.deleteButton);
});
