/**
 * Issue 15's whole journey, a clinician and a patient side by side, each in a browser of their own,
 * against the server that sends mail: the operator makes a practice with the command line; its admin
 * invites a clinician by email; the clinician sets up the authenticator app (codes worked out here
 * with the same library), invites a patient and prints the sheet; the patient signs up, links with
 * the code and agrees, and logs a walk in which they fell; the clinician sees the urgent flag first in
 * the list, handles it, previews and saves a plan change with a reason and records a supervised
 * session; the patient reads the change with its reason and who looked at their data, and stops the
 * link; the clinician then finds the patient gone. In Dutch with the clinician at 1280×800 and in
 * English at 768×1024, the patient on a phone (390×844); axe on every screen; the clinician's list,
 * flag and plan form with the keyboard alone.
 */
import type { Browser, BrowserContext, Locator, Page, TestInfo } from '@playwright/test';
import { clinicianTranslator, type ClinicianTranslate } from '../src/clinician/i18n/index.js';
import { expectNoAxeViolations } from './support/axe.js';
import { Authenticator, CLINICIAN_PASSWORD, createPractice, newClinicianEmail } from './support/clinician.js';
import { MAIL_URL_VARIABLE } from './support/global-setup.js';
import { press, tabTo } from './support/keyboard.js';
import { lastMailTo, linkTo } from './support/mailbox.js';
import {
  AccessLogPage,
  CheckEmailPage,
  ConfirmEmailPage,
  expect,
  IntakePage,
  LinkPage,
  LogForm,
  newPerson,
  test,
  Wandelcoach,
  watchPage,
} from './support/pages.js';
import { backPainPerson } from './support/people.js';

const ZONE = 'Europe/Amsterdam';

const JOURNEYS = [
  {
    locale: 'nl',
    browserLocale: 'nl-NL',
    clinicianSize: { width: 1280, height: 800 },
    patientName: 'Jan Jansen',
    birthYear: 1956,
    note: 'Gebeld: gestruikeld over een stoeprand, geen letsel.',
    reason: 'Na de val rustiger aan: korter wandelen.',
    session: 'Samen gewandeld op de band, liep stabiel.',
  },
  {
    locale: 'en',
    browserLocale: 'en-GB',
    clinicianSize: { width: 768, height: 1024 },
    patientName: 'Joan Smith',
    birthYear: 1958,
    note: 'Phoned: tripped on a kerb, no injury.',
    reason: 'After the fall, easier for now: shorter walks.',
    session: 'Walked together on the treadmill, steady.',
  },
] as const;

const PATIENT_SIZE = { width: 390, height: 844 };

/** A browser of one's own, on the pinned clock, failing the test on any error of its page. */
async function personsBrowser(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0],
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const baseURL = process.env[MAIL_URL_VARIABLE];
  if (baseURL === undefined) throw new Error(`${MAIL_URL_VARIABLE} is not set: the global setup did not run`);
  const context = await browser.newContext({ baseURL, timezoneId: ZONE, ...options });
  const page = await context.newPage();
  const problems = await watchPage(page, baseURL);
  return { context, page, problems };
}

function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** What the person sees at that moment: their window, not the whole page. */
async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

/** Joins with a practice invitation's link; a clinician gives the name patients see. */
async function join(page: Page, t: ClinicianTranslate, link: string, displayName?: string): Promise<void> {
  await page.goto(link);
  await expect(heading(page, t('join.title'))).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(t('join.password'), { exact: true }).fill(CLINICIAN_PASSWORD);
  if (displayName !== undefined) await page.getByLabel(t('join.displayName')).fill(displayName);
  await page.getByRole('button', { name: t('join.submit'), exact: true }).click();
  await expect(page).toHaveURL(/\/clinician\//);
}

/** The area's language buttons: it speaks `locale` from here on. */
async function speak(page: Page, t: ClinicianTranslate, locale: 'nl' | 'en'): Promise<void> {
  const button = page.locator('.clinician-languages').getByRole('button', {
    name: t(`clinician.language.${locale}`),
    exact: true,
  });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

for (const journey of JOURNEYS) {
  const { locale, clinicianSize, patientName, birthYear } = journey;
  const t = clinicianTranslator(locale);
  const size = `${String(clinicianSize.width)}×${String(clinicianSize.height)}`;

  test(`a practice, its clinician and a patient, from the invite to the end of the link (${locale}, ${size})`, async ({
    browser,
  }, testInfo) => {
    // Two browsers of its own; the project's own page is not used (it runs in the desktop project only).
    test.setTimeout(240_000);
    const desk = await personsBrowser(browser, { locale: journey.browserLocale, viewport: clinicianSize });
    const phone = await personsBrowser(browser, {
      locale: journey.browserLocale,
      viewport: PATIENT_SIZE,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const clinician = desk.page;
    const app = new Wandelcoach(phone.page, ZONE);
    app.locale = locale;
    try {
      // The operator makes the practice; its admin follows the printed link and invites a clinician.
      const adminEmail = newClinicianEmail();
      const practiceName = `Fysiotherapie Het Pad ${locale}`;
      await join(clinician, t, createPractice('mail', practiceName, adminEmail));
      await speak(clinician, t, locale);
      await expect(heading(clinician, t('practice.title', { name: practiceName }))).toBeVisible();
      await expectNoAxeViolations(clinician);
      const clinicianEmail = newClinicianEmail();
      await clinician.getByLabel(t('practice.invite.email'), { exact: true }).fill(clinicianEmail);
      await clinician.getByRole('radio', { name: t(`clinician.language.${locale}`), exact: true }).check();
      await clinician.getByRole('button', { name: t('practice.invite.submit'), exact: true }).click();
      await expect(clinician.getByText(t('practice.invite.sent', { email: clinicianEmail }))).toBeVisible();
      await clinician.getByRole('button', { name: t('clinician.signOut'), exact: true }).click();

      // The clinician follows the mailed link and sets up the authenticator app.
      const clinicianName = locale === 'nl' ? 'Sanne Jansen' : 'Sam Jones';
      await join(clinician, t, linkTo(await lastMailTo(clinicianEmail), '/join-practice'), clinicianName);
      await speak(clinician, t, locale);
      await expect(heading(clinician, t('setup.title'))).toBeVisible();
      await expect(clinician.locator('.qr[data-qr="ready"] svg')).toBeVisible();
      await expectNoAxeViolations(clinician);
      const secret = (await clinician.locator('.secret').innerText()).replace(/\s/g, '');
      const authenticator = new Authenticator(secret, 'mail');
      await clinician.getByLabel(t('totp.code'), { exact: true }).fill(authenticator.nextCode());
      await clinician.keyboard.press('Enter');
      await expect(heading(clinician, t('recovery.title'))).toBeVisible();
      await expectNoAxeViolations(clinician);
      await clinician.getByRole('checkbox', { name: t('recovery.kept'), exact: true }).check();
      await clinician.getByRole('button', { name: t('recovery.continue'), exact: true }).click();
      await expect(heading(clinician, t('cp.list.title'))).toBeVisible();

      // A patient's invite, and its sheet printed in the patient's language.
      const nav = clinician.getByRole('navigation', { name: t('clinician.nav.label'), exact: true });
      await nav.getByRole('link', { name: t('clinician.nav.invite'), exact: true }).click();
      await expect(heading(clinician, t('invite.title'))).toBeVisible();
      await clinician.getByLabel(t('invite.name'), { exact: true }).fill(patientName);
      await clinician.getByLabel(t('invite.birthYear'), { exact: true }).fill(String(birthYear));
      await clinician.getByRole('radio', { name: t(`clinician.language.${locale}`), exact: true }).check();
      await clinician.getByRole('button', { name: t('invite.submit'), exact: true }).click();
      await expect(heading(clinician, t('invite.code.title', { name: patientName }))).toBeVisible();
      await expect(clinician.locator('.sheet-qr[data-qr="ready"] svg')).toBeVisible();
      await expectNoAxeViolations(clinician);
      const code = (await clinician.getByTestId('invite-code').innerText()).replace(/\s/g, '');
      // The browser's print dialog cannot be answered here: count the calls instead.
      await clinician.evaluate(() => {
        const counted = window as unknown as { printed: number };
        counted.printed = 0;
        window.print = () => {
          counted.printed += 1;
        };
      });
      await clinician.getByRole('button', { name: t('invite.print'), exact: true }).click();
      expect(await clinician.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await clinician.emulateMedia({ media: 'print' });
      await expect(clinician.getByRole('heading', { name: t('sheet.title'), exact: true })).toBeVisible();
      await expect(clinician.getByTestId('sheet-code')).toHaveText(`${code.slice(0, 4)} ${code.slice(4)}`);
      await expect(clinician.locator('.invite-sheet')).toHaveAttribute('lang', locale);
      await clinician.emulateMedia({ media: 'screen' });

      // The patient signs up on their phone, confirms the address from the mail, answers the questions.
      const person = newPerson();
      const welcome = await app.open();
      const signUp = await welcome.startSignUp();
      await signUp.submitWith(person);
      const check = new CheckEmailPage(app);
      await expect(check.heading).toBeVisible();
      await phone.page.goto(linkTo(await lastMailTo(person.email), '/confirm-email'));
      const confirm = new ConfirmEmailPage(app);
      await expect(confirm.heading).toBeVisible();
      await confirm.confirmButton.click();
      await expect(new IntakePage(app).heading).toBeVisible();
      const outcome = await new IntakePage(app).complete(backPainPerson(), 'self-manage');

      // They link with the code from the sheet, and agree.
      const settings = await outcome.openSettings();
      await settings.careLink('care.settings.link').click();
      const link = new LinkPage(app);
      await expect(link.heading).toBeVisible();
      await link.codeField.fill(code);
      await link.expectAccessible();
      const consent = await link.toConsent(birthYear, practiceName);
      await consent.expectAccessible();
      const team = await consent.agree();
      await expect(team.practice(practiceName)).toContainText(
        app.t('care.team.invitedBy', { name: clinicianName }),
      );
      await team.expectAccessible();

      // Today they log the walk, and say they fell.
      const today = await (await team.openSettingsFromHeader()).openToday();
      await today.card(0).logButton.click();
      const log = new LogForm(app);
      await expect(log.heading).toBeVisible();
      await log.painDuring(4).check();
      await log.answer('log.unusual', true).check();
      await log.answer('log.dizziness', false).check();
      await log.answer('log.fall', true).check();
      await log
        .question('log.accidentSigns')
        .getByRole('checkbox', { name: app.t('intake.noneOfThese') })
        .check();
      await log
        .question('log.newSymptoms')
        .getByRole('checkbox', { name: app.t('intake.noneOfThese') })
        .check();
      await log.expectAccessible();
      const result = await log.save();
      await result.expectAccessible();

      // The clinician's list, with the keyboard alone: the urgent flag first.
      await press(clinician, nav.getByRole('link', { name: t('clinician.nav.patients'), exact: true }));
      await expect(heading(clinician, t('cp.list.title'))).toBeVisible();
      const row = clinician.getByRole('row', { name: new RegExp(patientName) });
      const chips = row.getByRole('listitem');
      await expect(chips.first()).toHaveText(
        t('cp.flag.chip', { severity: t('cp.severity.urgent'), kind: t('cp.flag.fall') }),
      );
      await expectNoAxeViolations(clinician);
      await shot(clinician, testInfo, `clinician-list-${locale}`);

      // The flag: opened (so seen) and handled with a note, by keyboard.
      await press(clinician, chips.first().getByRole('link'));
      await expect(clinician.getByRole('status').filter({ hasText: t('cp.flag.markedSeen') })).toBeVisible();
      await expectNoAxeViolations(clinician);
      await tabTo(clinician, clinician.getByRole('textbox', { name: t('cp.flag.note') }));
      await clinician.keyboard.type(journey.note);
      await press(clinician, clinician.getByRole('button', { name: t('cp.flag.handle') }));
      await expect(clinician.getByText(t('cp.flag.final'))).toBeVisible();
      await expectNoAxeViolations(clinician);
      const patientPage = clinician.url().replace(/\/flags\/.*$/, '');

      // The plan form, by keyboard: the preview first, then saved with the reason.
      const sections = clinician.getByRole('navigation', { name: t('cp.nav.label') });
      await press(clinician, sections.getByRole('link', { name: t('cp.nav.change') }));
      await expect(clinician.getByRole('heading', { level: 2, name: t('cp.change.title') })).toBeVisible();
      await tabTo(clinician, clinician.getByRole('textbox', { name: t('cp.change.targetMinutes') }));
      await clinician.keyboard.type('8');
      await tabTo(clinician, clinician.getByRole('textbox', { name: t('cp.change.reason') }));
      await clinician.keyboard.type(journey.reason);
      await press(clinician, clinician.getByRole('button', { name: t('cp.change.preview') }));
      const preview = clinician.getByRole('region', { name: t('cp.preview.title') });
      await expect(preview.getByRole('heading', { name: t('cp.preview.title') })).toBeFocused();
      await expect(preview.locator('.cp-changed').first()).toBeVisible();
      await expectNoAxeViolations(clinician);
      await shot(clinician, testInfo, `clinician-preview-${locale}`);
      await press(clinician, preview.getByRole('button', { name: t('cp.change.save') }));
      await expect(clinician.getByRole('status').filter({ hasText: t('cp.change.saved') })).toBeVisible();

      // A supervised session.
      await sections.getByRole('link', { name: t('cp.nav.session') }).click();
      await clinician.getByRole('textbox', { name: t('cp.session.minutes') }).fill('10');
      await clinician.getByRole('textbox', { name: t('cp.session.pain') }).fill('2');
      await clinician.getByRole('textbox', { name: t('cp.session.reason') }).fill(journey.session);
      await expectNoAxeViolations(clinician);
      await clinician.getByRole('button', { name: t('cp.session.save') }).click();
      await expect(clinician.getByRole('status').filter({ hasText: t('cp.session.saved') })).toBeVisible();

      // The patient: the changed plan with the clinician's name and reason.
      const plan = await (await result.toToday()).openPlan();
      await expect(plan.physiotherapistChanges).toContainText(
        app.t('care.reason.label', { name: clinicianName }),
      );
      await expect(plan.physiotherapistChanges).toContainText(journey.reason);
      await plan.expectAccessible();
      await shot(phone.page, testInfo, `patient-plan-${locale}`);

      // Who looked at their data: the clinician, reading and changing.
      const patientSettings = await plan.openSettings();
      await patientSettings.careLink('care.settings.log').click();
      const accessLog = new AccessLogPage(app);
      await expect(accessLog.heading).toBeVisible();
      await expect(accessLog.entry(clinicianName, 'care.log.what.prescription.change')).toBeVisible();
      await expect(accessLog.entry(clinicianName, 'care.log.what.walks.read').first()).toBeVisible();
      await expect(accessLog.entry(clinicianName, 'care.log.what.flags.change').first()).toBeVisible();
      await accessLog.expectAccessible();
      await shot(phone.page, testInfo, `patient-access-log-${locale}`);

      // They stop the link, asked once.
      const again = await (await accessLog.openSettingsFromHeader()).openCareTeam();
      await again.end(practiceName);
      await expect(again.practice(practiceName)).toHaveCount(0);
      await again.expectAccessible();

      // The clinician opens the patient again: not (or no longer) on the practice's list.
      await clinician.goto(patientPage);
      await expect(clinician.getByRole('alert')).toHaveText(t('cp.notFound'));
      await expectNoAxeViolations(clinician);
      await clinician.goto('/clinician/patients');
      await expect(heading(clinician, t('cp.list.title'))).toBeVisible();
      await expect(clinician.getByRole('row', { name: new RegExp(patientName) })).toHaveCount(0);

      expect(desk.problems, 'the clinician’s page logged errors').toEqual([]);
      expect(phone.problems, 'the patient’s page logged errors').toEqual([]);
    } finally {
      await desk.context.close();
      await phone.context.close();
    }
  });
}
