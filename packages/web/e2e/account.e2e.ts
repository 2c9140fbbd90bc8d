/**
 * A new person's first visit: the welcome in Dutch, English if they prefer, an account, and back
 * in again later. Plus what they see when something is not right.
 */
import type { Locator } from '@playwright/test';
import {
  AccountPage,
  existingAccount,
  expect,
  IntakePage,
  newPerson,
  test,
  uiCatalogues,
} from './support/pages.js';

const { nl, en } = uiCatalogues;

test('a new person reads the welcome, picks English, creates an account and comes back', async ({ app }) => {
  const person = newPerson();

  const welcome = await app.open();
  await expect(app.document).toHaveAttribute('lang', 'nl');
  await expect(welcome.heading).toHaveText(nl['welcome.title']);
  await welcome.expectAccessible();

  await welcome.switchLanguage('English');
  await expect(app.document).toHaveAttribute('lang', 'en');
  await expect(welcome.heading).toHaveText(en['welcome.title']);
  await app.reload();
  await expect(welcome.heading).toHaveText(en['welcome.title']);
  await expect(app.document).toHaveAttribute('lang', 'en');
  await welcome.expectAccessible();

  const signUp = await welcome.startSignUp();
  await signUp.expectAccessible();
  await signUp.submitWith(person);
  // Someone new starts with the questions; the settings, a tap away in the header, say who is signed in.
  const intake = new IntakePage(app);
  await expect(intake.heading).toBeVisible();
  await intake.expectAccessible();
  const settings = await intake.openSettingsFromHeader();
  await expect(settings.signedInAs(person.email)).toHaveText(`Signed in as ${person.email}`);

  await app.reload();
  await expect(settings.heading).toBeVisible();
  await expect(settings.signedInAs(person.email)).toBeVisible();

  const welcomeAgain = await settings.signOut();
  await expect(settings.signedInAs(person.email)).toBeHidden();
  const signIn = await welcomeAgain.startSignIn();
  await signIn.submitWith(person);
  await expect(intake.heading).toBeVisible();
  // The account's language came along: English, as chosen before signing up.
  await expect(app.document).toHaveAttribute('lang', 'en');
});

test('a password that is too short is explained next to the field', async ({ app }) => {
  const welcome = await app.open();
  const signUp = await welcome.startSignUp();
  await signUp.fillEmail(newPerson().email);
  await signUp.fillPassword('kort');
  await signUp.submit();

  const message = nl['error.passwordTooShort'];
  await expect(signUp.alert).toHaveText(message);
  await expect(signUp.passwordField).toHaveAttribute('aria-invalid', 'true');
  // Focus goes to the field to fix, not the button just pressed.
  await expect(signUp.passwordField).toBeFocused();
  // The field is described by the error first, then the hint; the decorative "⚠" is not read.
  await expect(signUp.passwordField).toHaveAccessibleDescription(`${message} ${nl['account.password.hint']}`);
  await expect(signUp.emailField).toHaveAttribute('aria-invalid', 'false');
  await signUp.expectAccessible();
});

test('a password that is easy to guess is refused, saying why, next to the field', async ({
  app,
}, testInfo) => {
  const welcome = await app.open();
  const signUp = await welcome.startSignUp();
  await signUp.fillEmail(newPerson().email);
  // Long enough for the browser's own check; only the server knows it is a common password.
  await signUp.fillPassword('1234567890');
  await signUp.submit();

  const message = nl['error.passwordWeak.common'];
  await expect(signUp.alert).toHaveText(message);
  await expect(signUp.passwordField).toHaveAttribute('aria-invalid', 'true');
  await expect(signUp.passwordField).toBeFocused();
  await expect(signUp.passwordField).toHaveAccessibleDescription(`${message} ${nl['account.password.hint']}`);
  await signUp.expectAccessible();
  await app.page.screenshot({ path: testInfo.outputPath('account-weak-password.png'), fullPage: true });

  // A sentence of ordinary words gets in.
  await signUp.fillPassword('een rustige wandeling langs het water');
  await signUp.submit();
  await expect(new IntakePage(app).heading).toBeVisible();
});

test('a wrong password is refused with a plain message', async ({ app, request }) => {
  const person = await existingAccount(request);
  const welcome = await app.open();
  const signIn = await welcome.startSignIn();
  await signIn.submitWith({ email: person.email, password: `${person.password} maar anders` });

  await expect(signIn.alert).toHaveText(nl['error.wrongCredentials']);
  await expect(signIn.heading).toBeVisible();
});

test('signing up again with the same address says there is already an account', async ({ app, request }) => {
  const person = await existingAccount(request);
  const welcome = await app.open();
  const signUp = await welcome.startSignUp();
  await signUp.submitWith(person);

  await expect(signUp.alert).toHaveText(nl['error.emailTaken']);
  await expect(signUp.heading).toBeVisible();
});

test('every password field has a button that shows the password, a real toggle', async ({ app }) => {
  /** Each show button controls its own field and says whether it is on; the field follows. */
  async function expectToggles(field: Locator, button: Locator) {
    const id = await field.getAttribute('id');
    await expect(button).toHaveAttribute('aria-controls', id ?? 'no id');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(field).toHaveAttribute('type', 'password');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(field).toHaveAttribute('type', 'text');
    await button.click();
    await expect(field).toHaveAttribute('type', 'password');
    // As big a target as any other button.
    const box = await button.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }

  const welcome = await app.open();
  const signUp = await welcome.startSignUp();
  await expectToggles(signUp.passwordField, signUp.showPasswordButton);
  await app.page.goto('/sign-in');
  const signIn = await AccountPage.shown(app, 'sign-in');
  await expectToggles(signIn.passwordField, signIn.showPasswordButton);

  const person = newPerson();
  const intake = await app.signedUpNew(person);
  const settings = await intake.openSettingsFromHeader();
  const main = app.page.getByRole('main');
  const buttons = main.getByRole('button', { name: nl['password.show'], exact: true });
  const fields = ['settings.password.current', 'settings.password.new', 'settings.delete.password'] as const;
  await expect(buttons).toHaveCount(fields.length);
  for (const [index, label] of fields.entries()) {
    await expectToggles(main.getByLabel(nl[label], { exact: true }), buttons.nth(index));
  }
  await settings.expectAccessible();

  // Changing the password there: the current one, then a new one held to the same rules.
  await main.getByLabel(nl['settings.password.current'], { exact: true }).fill(person.password);
  await main.getByLabel(nl['settings.password.new'], { exact: true }).fill('1234567890');
  await main.getByRole('button', { name: nl['settings.password.submit'], exact: true }).click();
  await expect(main.getByRole('alert')).toHaveText(nl['error.passwordWeak.common']);
  await main.getByLabel(nl['settings.password.new'], { exact: true }).fill('onze kat slaapt graag in de zon');
  await main.getByRole('button', { name: nl['settings.password.submit'], exact: true }).click();
  await expect(main.getByText(nl['settings.password.changed'], { exact: true })).toBeVisible();
});
