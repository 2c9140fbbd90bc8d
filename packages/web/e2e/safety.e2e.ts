/**
 * Warning signs, as the person with them meets the app: the advice comes as soon as the safety step
 * is answered, calling 112 is one tap, and the warning stays on every screen until a new intake
 * after care (which first asks whether a doctor has seen them).
 */
import { expect, IntakePage, OutcomePage, test, uiCatalogues, type IntakeAnswers } from './support/pages.js';
import { backPainPerson } from './support/people.js';

const { nl } = uiCatalogues;

test.describe.configure({ mode: 'parallel' });

const backPain = backPainPerson({ back: { type: 'chronic', legPain: false, painNow: 5 } });

/** Answers the questions up to and including the safety step. */
async function upToSafety(intake: IntakePage, answers: IntakeAnswers): Promise<void> {
  for (;;) {
    await intake.answerStep(answers);
    if (intake.step === 'safety') return;
    await intake.next();
  }
}

test('an emergency sign shows the advice at once, with 112 one tap away, on every screen after', async ({
  app,
  page,
}, testInfo) => {
  const intake = await app.signedUpNew();
  await upToSafety(intake, { ...backPain, redFlags: ['bladder-bowel-change'] });
  await intake.nextButton.click();

  // Straight after the safety step: not three more steps of questions first.
  const outcome = await OutcomePage.shown(app, 'emergency');
  await expect(page).toHaveURL(/\/outcome$/);
  const call = outcome.emergency.getByRole('link', { name: nl['call.112'], exact: true });
  await expect(call).toHaveAttribute('href', 'tel:112');
  await expect(call).toBeInViewport();
  await expect(outcome.emergency.getByText(nl['call.notEmergency'], { exact: true })).toBeVisible();
  // The screen opens at its top: the heading is whole and in view.
  await expect(outcome.heading).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await outcome.expectAccessible();
  await page.screenshot({ path: testInfo.outputPath('emergency.png') });

  // Every other screen keeps the warning, with the same button.
  for (const item of ['today', 'plan', 'progress', 'settings'] as const) {
    await outcome.menuButton(item).click();
    const banner = page.getByRole('complementary', { name: nl['banner.emergency.title'] });
    await expect(banner).toBeVisible();
    await expect(banner.getByRole('link', { name: nl['call.112'], exact: true })).toHaveAttribute(
      'href',
      'tel:112',
    );
  }
  await app.reload();
  await expect(page.getByRole('complementary', { name: nl['banner.emergency.title'] })).toBeVisible();
  await expectNoPlanReachable(app.page);

  // New questions after care begin by asking whether a doctor has seen the person.
  await page.goto('/intake');
  await expect(page.getByRole('heading', { level: 1, name: nl['afterCare.title'] })).toBeVisible();
  await page.getByRole('button', { name: nl['afterCare.no'] }).click();
  await expect(page.getByText(nl['afterCare.notYet'])).toBeFocused();
  await expect(page.getByRole('link', { name: nl['call.112'] })).toHaveAttribute('href', 'tel:112');
  await expectNoPlanReachable(app.page);

  await page.goto('/intake');
  await page.getByRole('button', { name: nl['afterCare.yes'] }).click();
  const again = new IntakePage(app);
  await expect(again.heading).toBeVisible();
  const cleared = await again.complete(backPain, 'self-manage');
  await cleared.goToPlan();
  // A new intake after care: the warning is gone.
  await expect(page.getByRole('complementary', { name: nl['banner.emergency.title'] })).toHaveCount(0);
});

async function expectNoPlanReachable(page: import('@playwright/test').Page): Promise<void> {
  const response = await page.request.get('/api/v1/me/plan');
  expect(((await response.json()) as { plan: unknown }).plan).toBeNull();
}

test('a sign for the GP shows at once; the rest of the questions can follow before the GP’s answer', async ({
  app,
  page,
}) => {
  const intake = await app.signedUpNew();
  await upToSafety(intake, { ...backPain, redFlags: ['weight-loss'] });
  await intake.nextButton.click();
  const outcome = await OutcomePage.shown(app, 'gp-soon');
  await expect(page).toHaveURL(/\/outcome$/);
  await outcome.expectAccessible();
  // Before the remaining answers, no clearance can open a plan built on guesses.
  await expect(page.getByRole('group', { name: nl['clearance.by'] })).toHaveCount(0);

  await page.getByRole('button', { name: nl['triage.gpSoon.finishButton'] }).click();
  const rest = new IntakePage(app, 'balance', backPain.goals);
  await expect(rest.heading).toBeVisible();
  await rest.next();
  await rest.next();
  const finished = await rest.finish('gp-soon');
  await expect(page.getByRole('group', { name: nl['clearance.by'] })).toBeVisible();
  // Every screen keeps the reminder to see the GP, with the way to note what the GP said.
  await finished.menuButton('today').click();
  const banner = page.getByRole('complementary', { name: nl['banner.gp.title'] });
  await expect(banner).toBeVisible();
  await banner.getByRole('link', { name: nl['banner.gp.note'] }).click();
  await expect(finished.heading).toBeVisible();
});
