/**
 * Noting a walk that did not go to plan: stopped with the stop button after a minute, in pain. The log
 * asks why first, answers nothing for the person, and afterwards says honestly what was walked
 * ("1 of 12 min"), acknowledges the pain and says what happens next; today's card says "partly done".
 */
import { expect, LogForm, LogResultPage, test, type Wandelcoach } from './support/pages.js';
import { backPainPerson } from './support/people.js';

test.describe.configure({ mode: 'parallel' });

const backPain = backPainPerson({
  comfortableWalkMinutes: 12,
  back: { type: 'chronic', legPain: false, painNow: 3 },
});

async function stoppedAfterAMinute(app: Wandelcoach): Promise<{ planned: string; log: LogForm }> {
  const intake = await app.signedUpNew();
  const outcome = await intake.complete(backPain, 'self-manage');
  const today = await outcome.openToday();
  const planned = await today.card(0).plannedMinutes();
  const walk = await today.card(0).startWalk();
  await walk.startButton.click();
  await app.page.clock.runFor(61_000);
  const main = app.page.getByRole('main');
  await main.getByRole('button', { name: app.t('walk.stop'), exact: true }).click();
  await main.getByRole('button', { name: app.t('walk.stopped.toLog'), exact: true }).click();
  const log = new LogForm(app);
  await expect(log.heading).toBeVisible();
  return { planned, log };
}

for (const locale of ['nl', 'en'] as const) {
  test(`after the stop button the log asks why first and answers nothing itself (${locale})`, async ({
    app,
  }, testInfo) => {
    app.locale = locale;
    if (locale === 'en') {
      await app.page.addInitScript(() => {
        localStorage.setItem('wandelcoach.locale', 'en');
      });
    }
    const { planned, log } = await stoppedAfterAMinute(app);
    await expect(app.page).toHaveURL(/\/log\/0\?walked=1&stopped=1$/);

    // The first question is why; no answer is chosen for the person, least of all "no".
    const groups = log.root.getByRole('group');
    await expect(groups.first()).toHaveAccessibleName(app.t('log.stopReason'));
    await expect(log.radios.and(app.page.locator(':checked'))).toHaveCount(0);
    await expect(log.minutesField).toHaveValue('1');
    await log.expectAccessible();
    await app.page.screenshot({ path: testInfo.outputPath(`log-after-stop-${locale}.png`), fullPage: true });

    // Saving without the answers names what is missing instead of guessing.
    await log.saveButton.click();
    await expect(log.root.getByRole('alert').first()).toBeVisible();

    await log.stopReason('pain').check();
    await log.painDuring(6).check();
    await log.answer('log.unusual', false).check();
    await log.save();

    const result = new LogResultPage(app);
    const main = app.page.getByRole('main');
    await expect(main).toContainText(app.t('logResult.walked', { walked: 1, planned }));
    await expect(main).toContainText(app.t('logResult.ack.painStopped'));
    // No cheering after stopping in pain.
    await expect(main).not.toContainText(app.t('logResult.ack.well'));
    await expect(main.getByRole('heading', { level: 2, name: app.t('logResult.nextTitle') })).toBeVisible();
    await result.expectAccessible();
    await app.page.screenshot({ path: testInfo.outputPath(`log-result-${locale}.png`), fullPage: true });

    const today = await result.toToday();
    // One minute of twelve is not "done".
    await expect(today.card(0).root).toContainText(app.t('today.partlyDone', { walked: 1, planned }));
    await expect(today.card(0).done).toHaveCount(0);
  });
}

test('after "yes, something unusual" the warning signs show; a fall adds the questions about it', async ({
  app,
}) => {
  const { log } = await stoppedAfterAMinute(app);
  await log.stopReason('fall').check();
  // The reason fills in what it says: something unusual, a fall.
  await expect(log.answer('log.unusual', true)).toBeChecked();
  await expect(log.answer('log.fall', true)).toBeChecked();
  await expect(log.question('log.accidentSigns')).toBeVisible();
  await expect(log.newSymptoms).not.toHaveCount(0);
  await expect(log.newSymptomsTicked).toHaveCount(0);
  await log.expectAccessible();
});
