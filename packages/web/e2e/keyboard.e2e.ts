/**
 * The whole first day with the keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7): sign up, the questions, the
 * plan, today, and noting how the walk went. Only key presses from the welcome screen on; every stop
 * of Tab on the way must show its focus (see support/keyboard.ts).
 *
 * Both projects run it: people use a keyboard with a tablet or phone too, and switch access moves
 * like Tab.
 */
import { choose, expectFocusVisible, press, tabTo, tick } from './support/keyboard.js';
import {
  AccountPage,
  expect,
  IntakePage,
  LogForm,
  LogResultPage,
  newPerson,
  OutcomePage,
  test,
  TodayPage,
} from './support/pages.js';

test('a new person signs up, answers the questions and notes a walk with the keyboard alone', async ({
  app,
  page,
}) => {
  // Every step by key presses, each checked: the longest journey of the suites, given room on a busy
  // two-core machine.
  test.setTimeout(90_000);
  const person = newPerson();
  const welcome = await app.open();

  // The first stop back from the screen is the link past the header, shown when it has focus.
  const skipLink = page.getByRole('link', { name: app.t('app.skipToContent'), exact: true });
  await tabTo(page, skipLink, { backwards: true });
  await expect(skipLink).toBeInViewport();

  await press(page, welcome.signUpLink);
  const signUp = await AccountPage.shown(app, 'sign-up');
  await tabTo(page, signUp.emailField);
  await page.keyboard.type(person.email);
  await tabTo(page, signUp.passwordField);
  await page.keyboard.type(person.password);
  // Enter in a field sends the form.
  await page.keyboard.press('Enter');

  const intake = new IntakePage(app);
  await expect(intake.heading).toBeFocused();
  await tick(page, intake.checkbox('intake.step.goals.title', 'intake.goal.back-pain'));
  const next = async (to: IntakePage['step']) => {
    await press(page, intake.nextButton);
    intake.step = to;
    // Each step's title takes focus, as a new page's would.
    await expect(intake.heading).toBeFocused();
  };
  await next('about-you');

  await tabTo(page, intake.field('intake.age'));
  await page.keyboard.type('68');
  await choose(page, intake.radio('ask.activity', 'intake.activity.light'));
  await tabTo(page, intake.field('intake.comfortableWalkMinutes'));
  await page.keyboard.type('10');
  await next('back');

  await choose(page, intake.radio('ask.backPainType', 'intake.backPainType.chronic'));
  await choose(page, intake.radio('intake.legPain', 'intake.no'));
  await choose(page, intake.radio('intake.painNow', 4));
  await expect(intake.radio('intake.painNow', 3)).not.toBeChecked();
  await next('safety');

  await tick(page, intake.checkbox('ask.redFlags', 'intake.noneOfThese'));
  await next('balance');
  await next('conditions');
  await next('practical');
  // Back with Shift+Tab and forward again: the order runs both ways.
  await tabTo(page, intake.finishButton);
  await tabTo(page, intake.backButton, { backwards: true });
  await press(page, intake.finishButton);

  const outcome = await OutcomePage.shown(app, 'self-manage');
  await press(page, outcome.toPlanButton);
  await expect(page.getByRole('heading', { level: 1, name: app.t('plan.title'), exact: true })).toBeVisible();
  await press(page, page.getByRole('main').getByRole('button', { name: app.t('nav.today'), exact: true }));

  const today = new TodayPage(app);
  await expect(today.heading).toBeVisible();
  const card = today.card(0);
  await press(page, card.logButton);
  const log = new LogForm(app);
  await expect(log.root).toBeVisible();
  // The log is a screen of its own, and its title has focus.
  await expect(log.heading).toBeFocused();
  await tabTo(page, log.minutesField);
  await expectFocusVisible(page);
  await choose(page, log.painDuring(3));
  // Nothing is answered for the person: "anything unusual?" waits for their answer.
  await expect(log.answer('log.unusual', false)).not.toBeChecked();
  await choose(page, log.answer('log.unusual', false));
  await press(page, log.saveButton);

  const result = new LogResultPage(app);
  await expect(result.heading).toBeFocused();
  await press(page, result.toTodayButton);
  await expect(today.heading).toBeVisible();
  await expect(card.done).toBeVisible();
});
