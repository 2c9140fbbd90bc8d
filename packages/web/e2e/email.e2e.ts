/**
 * Mail journeys, against the server that sends mail (the global setup's second server, whose mail a
 * loopback SMTP server receives): "forgot your password?" from the sign-in screen to a new password,
 * with every other session ended; and the private sign-up, which answers a new and a taken address
 * alike and lets the new account in through the mailed link. In Dutch and in English.
 */
import type { Locale } from '@wandelcoach/engine';
import {
  AccountPage,
  CheckEmailPage,
  ConfirmEmailPage,
  expect,
  IntakePage,
  newPerson,
  ResetPasswordPage,
  test,
  uiCatalogues,
  type Person,
  type Wandelcoach,
  type WelcomePage,
} from './support/pages.js';
import { MAIL_URL_VARIABLE } from './support/global-setup.js';
import { lastMailTo, linkTo, mailsTo } from './support/mailbox.js';

test.use({ baseURL: process.env[MAIL_URL_VARIABLE] });
test.describe.configure({ mode: 'parallel' });

const SUBJECTS = {
  nl: {
    confirm: 'Bevestig je e-mailadres voor Wandelcoach',
    reset: 'Een nieuw wachtwoord voor Wandelcoach',
    taken: 'Iemand wilde een account maken met je e-mailadres',
  },
  en: {
    confirm: 'Confirm your email address for Wandelcoach',
    reset: 'A new password for Wandelcoach',
    taken: 'Someone tried to sign up with your email address',
  },
} as const;

/** The welcome in the person's language. */
async function welcomeIn(app: Wandelcoach, locale: Locale): Promise<WelcomePage> {
  const welcome = await app.open();
  if (locale === 'en') await welcome.switchLanguage('English');
  return welcome;
}

/** An account made and confirmed through the API and the mailed link: someone who joined before. */
async function confirmedAccount(app: Wandelcoach, locale: Locale): Promise<Person> {
  const person = newPerson();
  const { request } = app.page;
  const asked = await request.post('/api/v1/accounts', {
    data: { ...person, locale, timeZone: app.timeZone },
  });
  expect(asked.status(), await asked.text()).toBe(202);
  const link = new URL(linkTo(await lastMailTo(person.email), '/confirm-email'));
  const token = new URLSearchParams(link.hash.slice(1)).get('token');
  const confirmed = await request.post('/api/v1/email-confirmations', { data: { token } });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  // As a person who signed up another day: not signed in in this browser.
  const { csrfToken } = (await confirmed.json()) as { csrfToken: string };
  const signedOut = await request.delete('/api/v1/session', { headers: { 'x-csrf-token': csrfToken } });
  expect(signedOut.status()).toBe(204);
  return person;
}

for (const locale of ['nl', 'en'] as const) {
  const words = uiCatalogues[locale];

  test(`forgot password (${locale}): a link by mail, a new password, every session ended`, async ({
    app,
    browser,
    baseURL,
  }, testInfo) => {
    const person = await confirmedAccount(app, locale);
    // The person is signed in on another device too.
    const otherDevice = await browser.newContext({
      ...(baseURL !== undefined && { baseURL }),
      locale: locale === 'nl' ? 'nl-NL' : 'en-GB',
    });
    const other = await otherDevice.newPage();
    const signedIn = await other.request.post('/api/v1/session', { data: person });
    expect(signedIn.status()).toBe(200);
    await other.goto('/');
    // A new account starts with the questions.
    await expect(other).toHaveURL(/\/intake\//);

    const welcome = await welcomeIn(app, locale);
    const signIn = await welcome.startSignIn();
    const forgot = await signIn.forgotPassword();
    await forgot.expectAccessible();
    // The same answer for an address without an account…
    const stranger = newPerson().email;
    const unknown = await forgot.askFor(stranger);
    await app.reload();
    // …as for the person's own.
    const known = await forgot.askFor(person.email);
    expect(known).toEqual({ status: 202, body: unknown.body });
    expect(unknown.status).toBe(202);
    await forgot.expectAccessible();

    const mail = await lastMailTo(person.email, 2);
    expect(mail.subject).toBe(SUBJECTS[locale].reset);
    await app.page.goto(linkTo(mail, '/reset-password'));
    const reset = new ResetPasswordPage(app);
    await expect(reset.heading).toBeVisible();
    await reset.expectAccessible();

    // Too easy to guess: said beside the field, in the person's language.
    await reset.submitPassword('1234567890');
    await expect(reset.alert).toHaveText(words['error.passwordWeak.common']);
    await expect(reset.passwordField).toBeFocused();
    // Shown, to check what was typed.
    await expect(reset.showPasswordButton).toHaveAttribute('aria-pressed', 'false');
    await reset.showPasswordButton.click();
    await expect(reset.showPasswordButton).toHaveAttribute('aria-pressed', 'true');
    await expect(reset.passwordField).toHaveAttribute('type', 'text');
    await app.page.screenshot({ path: testInfo.outputPath('reset-password.png'), fullPage: true });
    const newPassword = 'de hond en ik lopen elke ochtend';
    await reset.submitPassword(newPassword);

    // Sent to sign in, told why; the other device is signed out.
    const signInAgain = await AccountPage.shown(app, 'sign-in');
    await expect(signInAgain.status).toHaveText(words['reset.done']);
    await other.reload();
    await expect(other.getByRole('heading', { level: 1, name: words['welcome.title'] })).toBeVisible();
    expect(await (await other.request.get('/api/v1/session')).json()).toEqual({ account: null });
    await otherDevice.close();

    await signInAgain.submitWith({ email: person.email, password: person.password });
    await expect(signInAgain.alert).toHaveText(words['error.wrongCredentials']);
    await signInAgain.submitWith({ email: person.email, password: newPassword });
    await expect(new IntakePage(app).heading).toBeVisible();

    // The link worked once.
    await app.page.goto(linkTo(mail, '/reset-password'));
    await reset.submitPassword('nog een heel andere zin');
    await expect(reset.alert).toHaveText(words['reset.invalidLink']);
  });

  test(`private sign-up (${locale}): the same answer for a new and a taken address, then the mailed link`, async ({
    app,
  }) => {
    const owner = await confirmedAccount(app, locale);
    const person = newPerson();

    await welcomeIn(app, locale);
    const answers: { status: number; body: string }[] = [];
    for (const who of [person, { email: owner.email, password: 'een ander zijn wachtwoord hier' }]) {
      await app.page.goto('/sign-up');
      const signUp = await AccountPage.shown(app, 'sign-up');
      await signUp.fillEmail(who.email);
      await signUp.fillPassword(who.password);
      const [response] = await Promise.all([
        app.page.waitForResponse((answer) => new URL(answer.url()).pathname === '/api/v1/accounts'),
        signUp.submit(),
      ]);
      answers.push({ status: response.status(), body: await response.text() });
      const check = new CheckEmailPage(app);
      await expect(check.heading).toBeVisible();
      await expect(check.status).toHaveText(words['checkEmail.sent'].replace('{email}', who.email));
      await check.expectAccessible();
    }
    expect(answers[0]).toEqual({ status: 202, body: '{"checkEmail":true}' });
    expect(answers[1]).toEqual(answers[0]);

    // The same work behind both answers (one password hash each) is held by the server's suite
    // (email.test.ts); `npm run bench:sign-up` prints the times of the two.

    // The owner of the taken address is told, in their language.
    const toOwner = await mailsTo(owner.email, 2);
    expect(toOwner.map((mail) => mail.subject)).toContain(SUBJECTS[locale].taken);

    // Not yet: the new account waits for its link.
    await app.page.goto('/sign-in');
    const early = await AccountPage.shown(app, 'sign-in');
    await early.submitWith(person);
    await expect(early.alert).toHaveText(words['account.notConfirmed']);

    const mail = await lastMailTo(person.email, 2);
    expect(mail.subject).toBe(SUBJECTS[locale].confirm);
    await app.page.goto(linkTo(mail, '/confirm-email'));
    const confirm = new ConfirmEmailPage(app);
    await expect(confirm.heading).toBeVisible();
    await confirm.expectAccessible();
    await confirm.confirmButton.click();
    await expect(new IntakePage(app).heading).toBeVisible();
    await expect(app.document).toHaveAttribute('lang', locale);
  });
}
