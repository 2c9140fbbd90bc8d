/**
 * The person's main journey: the questions, step by step; what the safety check says; the twelve
 * weeks; today's walks; and noting how a walk went. Plus leaving halfway, an emergency, an unsteady
 * older person walking backwards, and switching to English on the way.
 */
import { sourceName } from '@wandelcoach/engine';
import { expect, IntakePage, test, uiCatalogues, type IntakeAnswers } from './support/pages.js';

const { nl, en } = uiCatalogues;

// Each test is a person of their own: they may run side by side, which evens out the two workers.
test.describe.configure({ mode: 'parallel' });

/** Back pain, nothing alarming: the plan is theirs to start on their own. */
const backPain = {
  goals: ['back-pain'],
  age: 52,
  activity: 'light',
  comfortableWalkMinutes: 15,
  back: { type: 'chronic', legPain: false, painNow: 4 },
  redFlags: 'none',
} as const satisfies IntakeAnswers;

test('a new person with back pain answers the questions, gets a plan and notes a walk', async ({ app }) => {
  const intake = await app.signUpNew();
  await expect(intake.progress).toBeVisible();

  // Nothing chosen yet: "next" says what is missing, next to the question, and stays.
  await intake.nextRefused();
  await expect(intake.alert).toHaveText(nl['intake.required']);
  await expect(intake.question('intake.step.goals.title')).toHaveAccessibleDescription(nl['intake.required']);
  await intake.expectAccessible();

  await intake.chooseGoals(backPain.goals);
  // Back pain adds the back questions: one step more.
  await expect(intake.progress).toHaveText(app.t('intake.progress', { step: 1, total: 7 }));
  await intake.next();

  await expect(intake.progress).toBeVisible();
  await intake.fillAboutYou(backPain);
  await intake.next();

  await intake.answerBack(backPain.back);
  await expect(intake.radio('intake.painNow', 4)).toBeChecked();
  await expect(intake.radio('intake.painNow', 10)).not.toBeChecked();
  // (The 0–10 scale is checked with axe in the log form below, which has the same one.)
  await intake.next();

  await expect(intake.heading).toHaveText(nl['intake.step.safety.title']);
  await intake.answerSafety(backPain.redFlags);
  await intake.expectAccessible();
  await intake.next();

  // Balance and conditions: none of them apply, so nothing to tick.
  await intake.next();
  await intake.next();

  // The plan starts today unless the person picks another day; today is the pinned date, in the
  // page and on the server alike (support/pinned-clock.ts), whatever day the run happens on.
  await expect(intake.progress).toHaveText(app.t('intake.progress', { step: 7, total: 7 }));
  expect(await app.localToday()).toBe('2026-11-18');
  await expect(intake.field('intake.startDate')).toHaveValue('2026-11-18');
  await expect(intake.finishButton).toBeVisible();
  await intake.expectAccessible();
  const outcome = await intake.finish('self-manage');

  // Every reason the safety check gave, each with its source.
  const { triage } = await app.planFromApi();
  expect(triage.level).toBe('self-manage');
  expect(triage.reasons.length).toBeGreaterThan(0);
  await expect(outcome.reasons).toHaveText(
    triage.reasons.map(
      (reason) =>
        `${reason.message} ${app.t('triage.source', { source: sourceName(app.locale, reason.source) })}`,
    ),
  );
  await outcome.expectAccessible();

  const plan = await outcome.goToPlan();
  await expect(plan.weeks).toHaveCount(12);
  await expect(plan.week(1)).toBeVisible();
  await expect(plan.week(12)).toBeVisible();
  await plan.expectAccessible();

  // Starting today, today is the plan's first day: walks to do.
  const fromServer = await app.page.request.get('/api/v1/me/today');
  expect(((await fromServer.json()) as { date: string }).date).toBe('2026-11-18');
  const today = await plan.goToToday();
  const card = today.card(0);
  await expect(card.minutes).toBeVisible();
  await expect(card.notDone).toBeVisible();

  const minutes = await card.plannedMinutes();
  const log = await card.openLog();
  // The log is a screen of its own, with its own address, opened at its top.
  await expect(app.page).toHaveURL(/\/log\/0$/);
  await expect(log.heading).toBeFocused();
  await expect(log.minutesField).toHaveValue(minutes);
  // Three quick questions; nothing answered for the person, and no list of warning signs yet.
  await expect(log.radios.and(app.page.locator(':checked'))).toHaveCount(0);
  await expect(log.newSymptoms).toHaveCount(0);
  await log.painDuring(3).check();
  await log.answer('log.unusual', true).check();
  // "Something unusual": now the questions behind it.
  await log.answer('log.dizziness', false).check();
  await log.answer('log.fall', false).check();
  await expect(log.newSymptoms).not.toHaveCount(0);
  await expect(log.newSymptomsTicked).toHaveCount(0);
  // History (cancer, steroids) is never asked after a walk.
  await expect(log.root).not.toContainText(nl['intake.redFlag.cancer-history']);
  await log.answer('log.unusual', false).check();
  await expect(log.newSymptoms).toHaveCount(0);
  await log.expectAccessible();

  const result = await log.save();
  await expect(app.page.getByRole('main')).toContainText(
    app.t('logResult.walked', { walked: minutes, planned: minutes }),
  );
  await result.expectAccessible();
  const back = await result.toToday();
  await expect(back.card(0).done).toBeVisible();
  await expect(back.card(0).logButton).toBeHidden();
});

test('answers are kept when the person leaves halfway and comes back', async ({ app }) => {
  const intake = await app.signedUpNew();
  await intake.chooseGoals(backPain.goals);
  await intake.next();
  await intake.fillAboutYou(backPain);

  await app.reload();
  const again = new IntakePage(app, 'about-you', backPain.goals);
  await expect(again.heading).toBeVisible();
  await expect(again.progress).toBeVisible();
  await expect(again.field('intake.age')).toHaveValue('52');
  await expect(again.radio('ask.activity', 'intake.activity.light')).toBeChecked();
  await expect(again.field('intake.comfortableWalkMinutes')).toHaveValue('15');

  await again.back();
  await expect(again.checkbox('intake.step.goals.title', 'intake.goal.back-pain')).toBeChecked();
  await expect(again.checkbox('intake.step.goals.title', 'intake.goal.retro-walking')).not.toBeChecked();
});

test('a sign of an emergency says to call 112 and gives no plan', async ({ app }) => {
  const intake = await app.signedUpNew();
  const outcome = await intake.complete({ ...backPain, redFlags: ['saddle-numbness'] }, 'emergency');

  await expect(outcome.emergency).toBeVisible();
  await expect(outcome.emergency.getByText(nl['triage.emergency.call'], { exact: true })).toBeVisible();
  await expect(outcome.emergency.getByText(nl['triage.emergency.noPlan'], { exact: true })).toBeVisible();
  await expect(outcome.toPlanButton).toHaveCount(0);
  await expect(outcome.redoButton).toBeVisible();
  await outcome.expectAccessible();
  expect((await app.planFromApi()).plan).toBeNull();

  // Coming back later changes nothing: still the emergency, still no plan.
  await app.reload();
  await expect(outcome.emergency).toBeVisible();
  await expect(outcome.toPlanButton).toHaveCount(0);
});

test('an unsteady older person walks backwards only with someone beside them', async ({ app }) => {
  const intake = await app.signedUpNew();
  const answers = {
    goals: ['retro-walking'],
    age: 78,
    activity: 'light',
    redFlags: 'none',
    fallRisk: ['unsteady'],
    equipment: ['railOrFlatPath', 'companion'],
  } as const satisfies IntakeAnswers;
  await intake.chooseGoals(answers.goals);
  // Without back pain there are no back questions.
  await expect(intake.progress).toHaveText(app.t('intake.progress', { step: 1, total: 6 }));
  await intake.next();
  while (!intake.last) {
    await intake.answerStep(answers);
    await intake.next();
  }
  await intake.answerPractical(answers);
  // Retro-walking asks how many days a week; four unless changed. With four, the plan's first
  // day, today, has a retro session.
  await expect(intake.radio('intake.daysPerWeek', 4)).toBeChecked();
  // Unsteady at 78 is a positive fall screen (STEADI): a professional should look, and the plan is gentle.
  // Walking backwards only with a supervisor is the headline.
  const outcome = await intake.finish('supervised');

  const plan = await outcome.goToPlan();
  const today = await plan.goToToday();
  await expect(today.cardFor('retro').supervisedWarning).toBeVisible();
  // The forward warm-up before it needs no one beside them.
  const warmUp = today.cardFor('warm-up');
  await expect(warmUp.heading).toBeVisible();
  await expect(warmUp.supervisedWarning).toBeHidden();

  // And not just today: every retro session of the twelve weeks is supervised.
  const output = await app.planFromApi();
  const retro = (output.plan?.weeks ?? []).flatMap((week) =>
    week.days.flatMap((day) => day.sessions.filter((session) => session.kind === 'retro')),
  );
  expect(retro.length).toBeGreaterThan(0);
  expect(retro.filter((session) => !session.supervised)).toEqual([]);
});

test('an older person who walks backwards under supervision is never told to start on their own', async ({
  app,
}, testInfo) => {
  const intake = await app.signedUpNew();
  // 70, no fall-screen answers: self-manage, but retro-walking only with someone who supervises (from 65).
  const answers = {
    goals: ['retro-walking'],
    age: 70,
    activity: 'light',
    redFlags: 'none',
    equipment: ['railOrFlatPath'],
  } as const satisfies IntakeAnswers;
  await intake.chooseGoals(answers.goals);
  await intake.next();
  while (!intake.last) {
    await intake.answerStep(answers);
    await intake.next();
  }
  await intake.answerPractical(answers);
  // The safety check says self-manage; the headline says supervision first.
  const outcome = await intake.finish('supervised');
  const main = app.page.getByRole('main');
  await expect(main.getByText(app.t('triage.selfManage.introHelped'), { exact: true })).toBeVisible();
  await expect(main).not.toContainText(app.t('triage.selfManage.intro'));
  await expect(main).not.toContainText(/zelfstandig|zelf beginnen/);
  await expect(outcome.reasons.filter({ hasText: 'toezicht' }).first()).toBeVisible();
  await app.page.screenshot({ path: testInfo.outputPath('outcome-supervised.png'), fullPage: true });
});

test('a plan that has ended says so on today’s screen, in the engine’s words', async ({ app }, testInfo) => {
  const intake = await app.signedUpNew();
  await intake.chooseGoals(backPain.goals);
  await intake.next();
  while (!intake.last) {
    await intake.answerStep(backPain);
    await intake.next();
  }
  const outcome = await intake.finish('self-manage');
  const plan = await outcome.goToPlan();
  // A real plan ends after twelve weeks; the server's answer for that day is stood in for here.
  const ended = {
    code: 'plan-ended',
    source: 'KNGF-C.2.2',
    message: 'Je plan van 12 weken is afgelopen op 31 januari.',
  };
  await app.page.route('**/api/v1/me/today', async (route) => {
    const response = await route.fetch();
    const today = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...today, sessions: [], week: null, ended } });
  });
  const today = await plan.goToToday();
  await expect(app.page.getByRole('main').getByText(ended.message, { exact: true })).toBeVisible();
  await expect(today.cards).toHaveCount(0);
  await app.page.screenshot({ path: testInfo.outputPath('today-ended.png'), fullPage: true });
  // One tap to the questions that make a new plan.
  await app.page.getByRole('button', { name: app.t('triage.redoIntake'), exact: true }).click();
  await expect(new IntakePage(app).heading).toBeVisible();
});

test('switching to English halfway through the questions shows the step in English', async ({ app }) => {
  const intake = await app.signedUpNew();
  await intake.chooseGoals(backPain.goals);
  await intake.next();
  await intake.fillAboutYou(backPain);

  await intake.switchLanguage('English');
  await expect(app.document).toHaveAttribute('lang', 'en');
  await expect(intake.heading).toHaveText(en['intake.step.about-you.title']);
  await expect(intake.progress).toHaveText(app.t('intake.progress', { step: 2, total: 7 }));
  // The same answers, now under English questions.
  await expect(intake.field('intake.age')).toHaveValue('52');
  await expect(intake.radio('ask.activity', 'intake.activity.light')).toBeChecked();
  await expect(intake.nextButton).toBeVisible();

  await intake.next();
  await expect(intake.question('intake.painNow')).toBeVisible();
  await expect(intake.radio('intake.legPain', 'intake.no')).toBeVisible();
});
