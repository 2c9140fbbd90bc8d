/**
 * The clinicians' way in, against the server that sends mail: a practice made with the command line,
 * its admin following the link and inviting a clinician by email; the clinician following the mailed
 * link, setting up the authenticator app (codes worked out here, as the phone would), keeping the
 * recovery codes, inviting a patient and printing the sheet; then signing out and in again with a
 * code. In Dutch at 1280×800 and in English at 768×1024, axe on every screen, the code and invite
 * forms with the keyboard alone. An admin resets the sign-in code of a clinician who lost the phone, who
 * then sets the app up again. They run in the desktop project only (playwright.config.ts): the area is for desktops and tablets.
 */
import type { Locator, Page } from '@playwright/test';
import { clinicianTranslator, type ClinicianTranslate } from '../src/clinician/i18n/index.js';
import { translator } from '../src/i18n/index.js';
import { expectNoAxeViolations } from './support/axe.js';
import {
  ApiSession,
  Authenticator,
  CLINICIAN_PASSWORD,
  createPractice,
  newClinicianEmail,
  serverUrl,
  signedInClinician,
  type SignedInClinician,
} from './support/clinician.js';
import { MAIL_URL_VARIABLE } from './support/global-setup.js';
import { choose, press, tabTo, tick } from './support/keyboard.js';
import { lastMailTo, linkTo } from './support/mailbox.js';
import { expect, test } from './support/pages.js';

test.use({ baseURL: process.env[MAIL_URL_VARIABLE] });

const JOURNEYS = [
  { locale: 'nl', sheet: 'en', viewport: { width: 1280, height: 800 } },
  { locale: 'en', sheet: 'nl', viewport: { width: 768, height: 1024 } },
] as const;

function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** Types into a field reached with Tab, as someone without a mouse does. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** The header's language buttons: the area speaks `locale` from here on. */
async function speak(page: Page, t: ClinicianTranslate, locale: 'nl' | 'en'): Promise<void> {
  // Found by its language, whichever the area speaks now (a new account starts in Dutch).
  const button = page.locator('.clinician-languages').getByRole('button', {
    name: t(`clinician.language.${locale}`),
    exact: true,
  });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** Joins with a practice invitation's link; a clinician gives the name patients see. */
async function join(page: Page, t: ClinicianTranslate, link: string, displayName?: string): Promise<void> {
  await page.goto(link);
  await expect(heading(page, t('join.title'))).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(t('join.password'), { exact: true }).fill(CLINICIAN_PASSWORD);
  if (displayName !== undefined) await page.getByLabel(t('join.displayName')).fill(displayName);
  await page.getByRole('button', { name: t('join.submit'), exact: true }).click();
  // Signed in: on into the area, in the account's language until the person picks another.
  await expect(page).toHaveURL(/\/clinician\//);
}

for (const { locale, sheet, viewport } of JOURNEYS) {
  const t = clinicianTranslator(locale);
  const app = translator(locale);
  const size = `${String(viewport.width)}×${String(viewport.height)}`;

  test(`admin, clinician, second factor, a patient's invite (${locale}, ${size})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);

    // The operator makes the practice; its admin follows the link.
    const adminEmail = newClinicianEmail();
    const practiceName = `Fysiotherapie De Brug ${locale}`;
    const adminLink = createPractice('mail', practiceName, adminEmail);
    // The device speaks the journey's language from the welcome on.
    await page.goto('/');
    await page
      .getByRole('navigation', { name: translator('nl')('language.label'), exact: true })
      .getByRole('button', { name: app(`language.${locale}`), exact: true })
      .click();
    // The words of a language load before the page switches to it (and the device keeps it then).
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await join(page, t, adminLink);
    // The account made by joining starts in the language of the join screen.
    const joined = (await (await page.request.get('/api/v1/session')).json()) as {
      account: { locale: string };
    };
    expect(joined.account.locale).toBe(locale);
    await speak(page, t, locale);
    await expect(heading(page, t('practice.title', { name: practiceName }))).toBeVisible();
    await expect(page.getByRole('cell', { name: adminEmail, exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    // The admin invites a clinician by email, in the journey's language.
    const clinicianEmail = newClinicianEmail();
    await page.getByLabel(t('practice.invite.email'), { exact: true }).fill(clinicianEmail);
    await page.getByRole('radio', { name: t(`clinician.language.${locale}`), exact: true }).check();
    await page.getByRole('button', { name: t('practice.invite.submit'), exact: true }).click();
    await expect(page.getByText(t('practice.invite.sent', { email: clinicianEmail }))).toBeVisible();
    await page.getByRole('button', { name: t('clinician.signOut'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: app('welcome.title') })).toBeVisible();

    // The clinician follows the mailed link, and sets up the authenticator app.
    const clinicianLink = linkTo(await lastMailTo(clinicianEmail), '/join-practice');
    await join(page, t, clinicianLink, 'Anna de Vries');
    await speak(page, t, locale);
    await expect(heading(page, t('setup.title'))).toBeVisible();
    await expect(page.locator('.qr[data-qr="ready"] svg')).toBeVisible();
    await expectNoAxeViolations(page);
    const secret = (await page.locator('.secret').innerText()).replace(/\s/g, '');
    const phone = new Authenticator(secret, 'mail');
    const codeField = page.getByLabel(t('totp.code'), { exact: true });
    // A wrong code first: said beside the field, which keeps focus.
    await typeInto(page, codeField, '000000');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(t('totp.wrongCode'));
    await expect(codeField).toBeFocused();
    await codeField.clear();
    await page.keyboard.type(phone.nextCode());
    await page.keyboard.press('Enter');

    // The recovery codes, kept before going on.
    await expect(heading(page, t('recovery.title'))).toBeVisible();
    await expect(page.getByRole('list', { name: t('recovery.list') }).getByRole('listitem')).toHaveCount(10);
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t('recovery.save'), exact: true }).click();
    expect((await download).suggestedFilename()).toBe(t('recovery.fileName'));
    await press(page, page.getByRole('button', { name: t('recovery.continue'), exact: true }));
    await expect(page.getByRole('alert')).toHaveText(t('recovery.keepFirst'));
    await tick(page, page.getByRole('checkbox', { name: t('recovery.kept'), exact: true }));
    await press(page, page.getByRole('button', { name: t('recovery.continue'), exact: true }));
    await expect(heading(page, t('cp.list.title'))).toBeVisible();
    await expect(page.getByText(practiceName, { exact: true })).toBeVisible();
    // The header names her as she gave her name when she joined, not by her email.
    await expect(page.getByText(t('clinician.signedInAs', { name: 'Anna de Vries' }))).toBeVisible();
    // A clinician of one practice has no other to switch to.
    await expect(page.getByRole('link', { name: t('clinician.switchPractice') })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // A patient's invite, with the keyboard alone; the sheet in the patient's language.
    const nav = page.getByRole('navigation', { name: t('clinician.nav.label'), exact: true });
    await press(page, nav.getByRole('link', { name: t('clinician.nav.invite'), exact: true }));
    await expect(heading(page, t('invite.title'))).toBeVisible();
    await expectNoAxeViolations(page);
    await typeInto(page, page.getByLabel(t('invite.name'), { exact: true }), 'Jan Jansen');
    await typeInto(page, page.getByLabel(t('invite.birthYear'), { exact: true }), '1956');
    await choose(page, page.getByRole('radio', { name: t(`clinician.language.${sheet}`), exact: true }));
    await press(page, page.getByRole('button', { name: t('invite.submit'), exact: true }));
    await expect(heading(page, t('invite.code.title', { name: 'Jan Jansen' }))).toBeVisible();
    const code = (await page.getByTestId('invite-code').innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/);
    await expect(page.getByText(t('invite.code.question', { year: 1956 }))).toBeVisible();
    await expect(page.locator('.sheet-qr[data-qr="ready"] svg')).toBeVisible();
    await expectNoAxeViolations(page);

    // Printed: the sheet alone, in the patient's language, with the code and the QR code.
    const paper = clinicianTranslator(sheet);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: paper('sheet.title'), exact: true })).toBeVisible();
    await expect(page.getByTestId('sheet-code')).toHaveText(`${code.slice(0, 4)} ${code.slice(4)}`);
    await expect(page.locator('.sheet-qr svg')).toBeVisible();
    await expect(heading(page, t('invite.code.title', { name: 'Jan Jansen' }))).toBeHidden();
    await expect(page.getByRole('button', { name: t('clinician.signOut') })).toBeHidden();
    await expect(page.locator('.invite-sheet')).toHaveAttribute('lang', sheet);
    await page.emulateMedia({ media: 'screen' });

    // The open invitations list it, with its last day.
    await nav.getByRole('link', { name: t('clinician.nav.invite'), exact: true }).click();
    await expect(
      page.getByRole('link', { name: t('invite.open.show', { name: 'Jan Jansen' }) }),
    ).toBeVisible();

    // Signing out and in again: the password, then a code from the app.
    await page.getByRole('button', { name: t('clinician.signOut'), exact: true }).click();
    await page.goto('/sign-in');
    await page.getByLabel(app('account.email'), { exact: true }).fill(clinicianEmail);
    await page.getByLabel(app('account.password'), { exact: true }).fill(CLINICIAN_PASSWORD);
    await page.getByRole('button', { name: app('account.signIn.submit'), exact: true }).click();
    await expect(heading(page, t('verify.title'))).toBeVisible();
    await expectNoAxeViolations(page);
    await typeInto(page, page.getByLabel(t('totp.code'), { exact: true }), phone.nextCode());
    await page.keyboard.press('Enter');
    await expect(heading(page, t('cp.list.title'))).toBeVisible();
  });
}

test('a clinician of two practices switches between them from the header, on a tablet', async ({
  browser,
}) => {
  const clinician = await signedInClinician({ displayName: 'Sanne Jansen' });
  // A second practice makes her its admin; she joins with her own password, proves the factor again
  // (joining signs in afresh) and treats its patients too.
  const second = 'Fysiotherapie Het Anker';
  const link = new URL(createPractice(clinician.server, second, clinician.email));
  const token = new URLSearchParams(link.hash.slice(1)).get('token');
  const { api } = clinician;
  const joined = await api.send('POST', '/practice-invites/accept', { token, password: clinician.password });
  await api.send('POST', '/clinician/second-factor/verify', { code: clinician.authenticator.nextCode() });
  const { practices } = (await api.send('GET', '/practices')) as {
    practices: { practiceId: string; name: string }[];
  };
  const secondId = practices.find((practice) => practice.name === second)?.practiceId ?? '';
  const accountId = (joined.account as { id: string }).id;
  await api.send('PATCH', `/practices/${secondId}/members/${accountId}`, { clinician: true });
  await api.send('PUT', '/clinician/practice', { practiceId: clinician.practiceId });
  const t = clinicianTranslator('nl');
  const context = await browser.newContext({
    baseURL: serverUrl(clinician.server),
    locale: 'nl-NL',
    viewport: { width: 768, height: 1024 },
  });
  try {
    await context.addCookies(api.cookies());
    const page = await context.newPage();
    await page.goto('/clinician/patients');
    await expect(heading(page, t('cp.list.title'))).toBeVisible();
    await expect(page.getByText(t('clinician.signedInAs', { name: 'Sanne Jansen' }))).toBeVisible();
    // Her whole navigation (admin and clinician of both practices) on one line at tablet width.
    const nav = page.getByRole('navigation', { name: t('clinician.nav.label'), exact: true });
    await expect(nav.getByRole('link')).toHaveText([
      t('clinician.nav.patients'),
      t('clinician.nav.invite'),
      t('clinician.nav.practice'),
    ]);
    const tops = await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await expectNoAxeViolations(page);
    // Beside the practice's name in the header, not in the navigation: it changes whom she acts for.
    const header = page.locator('.clinician-header');
    await expect(header.getByText(clinician.practiceName, { exact: true })).toBeVisible();
    await header.getByRole('link', { name: t('clinician.switchPractice'), exact: true }).click();
    await expect(heading(page, t('choose.title'))).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: second, exact: true }).check();
    await page.getByRole('button', { name: t('choose.submit'), exact: true }).click();
    await expect(heading(page, t('cp.list.title'))).toBeVisible();
    await expect(header.getByText(second, { exact: true })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('a clinician made through the API opens the area signed in, and a recovery code serves once', async ({
  browser,
}) => {
  const clinician = await signedInClinician();
  const t = clinicianTranslator('nl');
  const context = await browser.newContext({ baseURL: serverUrl(clinician.server), locale: 'nl-NL' });
  try {
    await context.addCookies(clinician.cookies);
    const page = await context.newPage();
    await page.goto('/');
    await expect(heading(page, t('cp.list.title'))).toBeVisible();
    await expect(page.getByText(clinician.practiceName, { exact: true })).toBeVisible();

    // Signed in elsewhere without the phone: a recovery code instead of the app's code.
    await page.getByRole('button', { name: t('clinician.signOut'), exact: true }).click();
    await page.goto('/sign-in');
    const app = translator('nl');
    await page.getByLabel(app('account.email'), { exact: true }).fill(clinician.email);
    await page.getByLabel(app('account.password'), { exact: true }).fill(clinician.password);
    await page.getByRole('button', { name: app('account.signIn.submit'), exact: true }).click();
    await page.getByRole('button', { name: t('verify.useRecovery'), exact: true }).click();
    const field = page.getByLabel(t('verify.recoveryCode'), { exact: true });
    await expect(field).toBeFocused();
    await field.fill(clinician.recoveryCodes[0]?.toUpperCase() ?? '');
    await page.getByRole('button', { name: t('verify.submit'), exact: true }).click();
    await expect(heading(page, t('cp.list.title'))).toBeVisible();
  } finally {
    await context.close();
  }
});

test('an admin changes a member’s roles and removes them, asked once; the last admin stays', async ({
  browser,
}) => {
  const admin = await signedInClinician({ server: 'mail' });
  const base = serverUrl('mail');
  const t = clinicianTranslator('nl');
  const context = await browser.newContext({
    baseURL: base,
    locale: 'nl-NL',
    viewport: { width: 768, height: 1024 },
  });
  try {
    await context.addCookies(admin.cookies);
    const page = await context.newPage();
    // A colleague invited on the practice's page joins through the mailed link (as another browser would).
    await page.goto('/clinician/practice');
    const colleague = newClinicianEmail();
    await page.getByLabel(t('practice.invite.email'), { exact: true }).fill(colleague);
    await page.getByRole('button', { name: t('practice.invite.submit'), exact: true }).click();
    await expect(page.getByText(t('practice.invite.sent', { email: colleague }))).toBeVisible();
    const token = new URL(linkTo(await lastMailTo(colleague), '/join-practice')).hash.replace('#token=', '');
    const joined = await fetch(`${base}/api/v1/practice-invites/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: CLINICIAN_PASSWORD, displayName: 'Bram de Boer' }),
    });
    expect(joined.status).toBe(200);
    await page.reload();

    // Made admin too.
    const roles = page.getByRole('form', { name: t('practice.rolesOf', { name: 'Bram de Boer' }) });
    await roles.getByRole('checkbox', { name: t('practice.role.admin'), exact: true }).check();
    await roles.getByRole('button', { name: t('practice.saveRoles'), exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(t('practice.rolesSaved', { name: 'Bram de Boer' }));
    await expect(roles.getByRole('checkbox', { name: t('practice.role.admin'), exact: true })).toBeChecked();
    await expectNoAxeViolations(page);

    // Removing asks once; "no" keeps them and focus goes back to the button.
    const remove = page.getByRole('button', { name: `${t('practice.remove')}: Bram de Boer`, exact: true });
    await remove.click();
    await expect(page.getByText(t('practice.confirmRemove', { name: 'Bram de Boer' }))).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: t('practice.removeNo'), exact: true }).click();
    await expect(remove).toBeFocused();
    await remove.click();
    await page.getByRole('button', { name: t('practice.removeYes'), exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(t('practice.removed', { name: 'Bram de Boer' }));
    await expect(remove).toBeHidden();

    // The last admin cannot go: said beside the question.
    await page
      .getByRole('button', { name: `${t('practice.remove')}: ${admin.displayName}`, exact: true })
      .click();
    await page.getByRole('button', { name: t('practice.removeYes'), exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(t('practice.lastAdmin'));
  } finally {
    await context.close();
  }
});

/**
 * A clinician the admin invites by mail (in `locale`), who joins through the API and sets up the
 * authenticator app: signed in, second factor proven.
 */
async function colleagueWithApp(admin: SignedInClinician, displayName: string, locale: 'nl' | 'en') {
  const email = newClinicianEmail();
  const invite = { email, clinician: true, admin: false, locale };
  await admin.api.send('POST', `/practices/${admin.practiceId}/invites`, invite);
  const token = new URL(linkTo(await lastMailTo(email), '/join-practice')).hash.replace('#token=', '');
  const api = new ApiSession(serverUrl(admin.server));
  await api.send('POST', '/practice-invites/accept', {
    token,
    password: CLINICIAN_PASSWORD,
    displayName,
    locale,
  });
  const { secret } = (await api.send('POST', '/clinician/second-factor/setup')) as { secret: string };
  await api.send('POST', '/clinician/second-factor/confirm', {
    code: new Authenticator(secret, admin.server).nextCode(),
  });
  return { email, api };
}

for (const { locale, viewport } of JOURNEYS) {
  const t = clinicianTranslator(locale);
  const app = translator(locale);
  const size = `${String(viewport.width)}×${String(viewport.height)}`;
  const browserLocale = locale === 'nl' ? 'nl-NL' : 'en-GB';

  test(`an admin resets the sign-in code of a clinician who lost the phone, by keyboard (${locale}, ${size})`, async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const admin = await signedInClinician({ server: 'mail', displayName: 'Bram de Boer' });
    await admin.api.send('PATCH', '/me', { locale });
    const colleague = await colleagueWithApp(admin, 'Anna de Vries', locale);
    const base = serverUrl('mail');
    const context = await browser.newContext({ baseURL: base, locale: browserLocale, viewport });
    try {
      await context.addCookies(admin.cookies);
      const page = await context.newPage();
      await page.goto('/clinician/practice');
      await expect(heading(page, t('practice.title', { name: admin.practiceName }))).toBeVisible();
      // Never their own: a stolen session must not drop the admin's second factor.
      await expect(
        page.getByRole('button', { name: `${t('practice.reset')}: ${admin.displayName}`, exact: true }),
      ).toHaveCount(0);

      // Asked once; "no" keeps the code and focus goes back to the button.
      const reset = page.getByRole('button', { name: `${t('practice.reset')}: Anna de Vries`, exact: true });
      await press(page, reset);
      const question = page.getByText(t('practice.confirmReset', { name: 'Anna de Vries' }));
      await expect(question).toBeFocused();
      await expect(reset).toHaveAttribute('aria-expanded', 'true');
      await expectNoAxeViolations(page);
      await press(page, page.getByRole('button', { name: t('practice.resetNo'), exact: true }));
      await expect(reset).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(question).toBeFocused();
      await press(page, page.getByRole('button', { name: t('practice.resetYes'), exact: true }));
      await expect(page.getByRole('status')).toHaveText(t('practice.resetDone', { name: 'Anna de Vries' }));
      // Nothing left to reset; focus stays in her row.
      await expect(reset).toHaveCount(0);
      await expect(
        page.getByRole('button', { name: `${t('practice.remove')}: Anna de Vries`, exact: true }),
      ).toBeFocused();
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }

    // Her old session (a stolen one too) has ended; she is told by mail, in her language, who did it.
    expect(await colleague.api.status('GET', '/practices')).toBe(401);
    const mail = await lastMailTo(colleague.email, 2);
    expect(mail.text).toContain('Bram de Boer');
    expect(mail.text).toContain(admin.practiceName);
    expect(mail.subject).toBe(
      locale === 'nl'
        ? 'Je inlogcode voor Wandelcoach is opnieuw ingesteld'
        : 'Your sign-in code for Wandelcoach was reset',
    );

    // Signing in again with her password, she sets up the authenticator app anew.
    const hers = await browser.newContext({ baseURL: base, locale: browserLocale, viewport });
    try {
      const page = await hers.newPage();
      await page.goto('/sign-in');
      await page.getByLabel(app('account.email'), { exact: true }).fill(colleague.email);
      await page.getByLabel(app('account.password'), { exact: true }).fill(CLINICIAN_PASSWORD);
      await page.getByRole('button', { name: app('account.signIn.submit'), exact: true }).click();
      await expect(heading(page, t('setup.title'))).toBeVisible();
      await expect(page.locator('.qr[data-qr="ready"] svg')).toBeVisible();
      await expectNoAxeViolations(page);
      const phone = new Authenticator((await page.locator('.secret').innerText()).replace(/\s/g, ''), 'mail');
      await typeInto(page, page.getByLabel(t('totp.code'), { exact: true }), phone.nextCode());
      await page.keyboard.press('Enter');
      await expect(heading(page, t('recovery.title'))).toBeVisible();
      await expect(page.getByRole('list', { name: t('recovery.list') }).getByRole('listitem')).toHaveCount(
        10,
      );
    } finally {
      await hers.close();
    }
  });
}
