/**
 * The patient's side of the care team, through the real server: a physiotherapist's practice is made
 * with the command line and the physiotherapist works through the API (support/care-team.ts, on support/clinician.ts); the
 * patient opens the link the physiotherapist hands out (`/link#code=…`, what the QR code holds), gives
 * their year of birth, reads the consent and agrees, sees the care team, reads who looked at their
 * data and the physiotherapist's change in the plan, and stops the link: asked once, and the
 * physiotherapist's next read is a 404. A link the practice ends shows under "links that ended".
 */
import { Physiotherapist } from './support/care-team.js';
import { press } from './support/keyboard.js';
import {
  expectFitsAtNormalAndDouble,
  expectLargeTargets,
  expectNothingLost,
  zoomTo200,
} from './support/layout.js';
import { backPainPerson } from './support/people.js';
import {
  AccountPage,
  CareTeamPage,
  expect,
  IntakePage,
  LinkPage,
  newPerson,
  PlanPage,
  test,
  type Wandelcoach,
} from './support/pages.js';

const REASON = 'Rustiger opbouwen: de rug was na de controle nog gevoelig.';

test('a code of the widest letters fits its field, at the normal size and at 200%', async ({
  app,
  page,
}, testInfo) => {
  await app.signedUpNew(newPerson());
  // Codes are drawn at random; W and M are the widest letters the alphabet has.
  await page.goto('/link#code=WMWMWWMM');
  const link = new LinkPage(app);
  await expect(link.codeField).toHaveValue('WMWM WWMM');
  await expectFitsAtNormalAndDouble(page, testInfo, link.nextButton);
});

test('a patient links with their physiotherapist from the link, reads who looked, sees the change, and stops it', async ({
  app,
  page,
}, testInfo) => {
  // Sign-up, intake, link, plan, log and zoom checks on two screens: more than the default half minute
  // when the other project runs beside it on two shared cores.
  test.setTimeout(60_000);
  const physio = await Physiotherapist.create('Sanne Jansen');
  const intake = await app.signedUpNew(newPerson());
  await intake.complete(backPainPerson(), 'self-manage');
  const invite = await physio.invite('Anna de Vries', 1961);

  // The address the physiotherapist hands out opens the screen with the code filled in.
  await page.goto(invite.address);
  const link = new LinkPage(app);
  await expect(link.heading).toBeVisible();
  await expect(link.codeField).toHaveValue(`${invite.code.slice(0, 4)} ${invite.code.slice(4)}`);
  await link.expectAccessible();
  await expectFitsAtNormalAndDouble(page, testInfo, link.nextButton);

  // A wrong year is refused without saying which of the two was wrong.
  await link.submit(1962);
  await expect(link.alert).toHaveText(app.t('care.link.invalid'));

  const consent = await link.toConsent(invite.birthYear, physio.practiceName);
  await expect(
    page.getByText(
      app.t('care.consent.who', {
        clinician: physio.name,
        practice: physio.practiceName,
        name: 'Anna de Vries',
      }),
      { exact: true },
    ),
  ).toBeVisible();
  for (const part of [
    'care.consent.read',
    'care.consent.change',
    'care.consent.never',
    'care.consent.stop',
  ] as const)
    await expect(consent.part(part)).toBeVisible();
  await expect(page.getByText(app.t('care.consent.logged'), { exact: true })).toBeVisible();
  await consent.expectAccessible();
  await expectFitsAtNormalAndDouble(page, testInfo, consent.agreeButton);

  const team = await consent.agree();
  await expect(team.status).toHaveText(app.t('care.consent.linked', { practice: physio.practiceName }));
  await expect(team.practice(physio.practiceName)).toContainText(
    app.t('care.team.invitedBy', { name: physio.name }),
  );
  await team.expectAccessible();

  // The physiotherapist reads the plan and changes it; the patient sees both.
  const patientId = await physio.patientId();
  expect(await physio.readPlan(patientId)).toBe(200);
  await physio.changePlan(patientId, await app.localToday(), REASON);

  const log = await team.openAccessLog();
  await expect(log.entries.first()).toContainText(
    app.t('care.log.line', { who: physio.name, what: app.t('care.log.what.prescription.change') }),
  );
  await expect(log.entry(physio.name, 'care.log.what.plan.read')).toBeVisible();
  await expect(log.entry(app.t('care.log.who.you'), 'care.log.what.care-link.consent')).toBeVisible();
  await expect(log.entries.first()).toContainText(
    app.t('care.log.practice', { practice: physio.practiceName }),
  );
  await log.expectAccessible();

  await page.goto('/plan');
  const plan = new PlanPage(app);
  await expect(plan.physiotherapistChanges).toContainText(app.t('care.reason.label', { name: physio.name }));
  await expect(plan.physiotherapistChanges).toContainText(REASON);
  await plan.expectAccessible();

  const today = await plan.openToday();
  await expect(today.planChangedThisWeek).toContainText(app.t('care.reason.label', { name: physio.name }));
  await today.expectAccessible();

  // Stopping asks once (here with the keyboard), then the practice's access ends at once.
  const settings = await today.openSettings();
  const again = await settings.openCareTeam();
  // Not expectFitsAtNormalAndDouble: at 200% on the desktop the browser scrolls this button to
  // 0.1 px short of the window's edge (fractional line heights), which no person would see.
  await expectLargeTargets(page);
  await expectNothingLost(page);
  const restore = await zoomTo200(page, testInfo);
  await expectNothingLost(page);
  await restore();
  await press(page, again.endButton(physio.practiceName));
  await expect(again.endQuestion(physio.practiceName)).toBeFocused();
  await press(page, again.keepButton);
  await expect(again.endButton(physio.practiceName)).toBeFocused();
  await again.end(physio.practiceName);
  await expect(again.practice(physio.practiceName)).toHaveCount(0);
  // Not "not linked yet": the link that ended stays in view, stopped by the patient.
  await expect(again.lead('care.team.noneNow')).toBeVisible();
  await expect(again.endedLink(physio.practiceName)).toContainText(app.t('care.team.endedByYou'));
  await again.expectAccessible();
  expect(await physio.readPlan(patientId)).toBe(404);
});

test('someone without an account opens the link, makes an account first, and comes back with the code kept', async ({
  app,
  page,
}) => {
  const physio = await Physiotherapist.create('Tom Bakker');
  const invite = await physio.invite('Peter Smit', 1950);
  await page.goto(invite.address);
  const link = new LinkPage(app);
  await expect(link.heading).toBeVisible();
  await link.switchLanguage('English');
  await expect(page.getByText(app.t('care.link.signInFirst'), { exact: true })).toBeVisible();
  await link.expectAccessible();

  await link.signUpLink.click();
  const signUp = await AccountPage.shown(app, 'sign-up');
  await signUp.submitWith(newPerson());

  // Back on the link's screen, the code still filled in.
  await expect(link.heading).toBeVisible();
  await expect(link.codeField).toHaveValue(`${invite.code.slice(0, 4)} ${invite.code.slice(4)}`);
  const consent = await link.toConsent(invite.birthYear, physio.practiceName);
  // The consent's own words come in the account's language.
  await expect(consent.part('care.consent.stop')).toContainText('You can end this at any moment');
  await consent.expectAccessible();
  const team = await consent.agree();
  await expect(team.practice(physio.practiceName)).toBeVisible();

  // Home is home again: the kept code is gone once used.
  await page.goto('/');
  await expect(new IntakePage(app).heading).toBeVisible();
  await expect(page).toHaveURL(/\/intake/);
});

/** The patient opens the physiotherapist's link, gives the year and agrees: the care team shows. */
async function linkInBrowser(app: Wandelcoach, physio: Physiotherapist): Promise<CareTeamPage> {
  const invite = await physio.invite('Anna de Vries', 1961);
  await app.page.goto(invite.address);
  const consent = await new LinkPage(app).toConsent(invite.birthYear, physio.practiceName);
  const team = await consent.agree();
  await expect(team.practice(physio.practiceName)).toBeVisible();
  return team;
}

test('after the practice ends the link the care team says so, beside the practice that stays, in Dutch and English', async ({
  app,
  page,
}) => {
  test.setTimeout(60_000);
  const done = await Physiotherapist.create('Sanne Jansen');
  const stays = await Physiotherapist.create('Tom Bakker');
  await app.signedUpNew(newPerson());
  await linkInBrowser(app, done);
  await linkInBrowser(app, stays);

  // The treatment is over: the practice ends the link (its clinician's "end" on the overview).
  await done.endLink(await done.patientId());
  await page.reload();
  const team = new CareTeamPage(app);
  await expect(team.heading).toBeVisible();
  await expect(team.practice(stays.practiceName)).toBeVisible();
  await expect(team.practice(done.practiceName)).toHaveCount(0);
  await expect(team.endedLink(done.practiceName)).toContainText(app.t('care.team.endedByPractice'));
  await expect(team.endedLink(stays.practiceName)).toHaveCount(0);
  await team.expectAccessible();
  await expectNothingLost(page);

  // In English, and once the patient stops the other link too: no "yet", both ended, the newest first.
  // The account's language, as chosen in the settings on another device: the app speaks it on a reload.
  await app.changeAccountFromApi({ locale: 'en' });
  app.locale = 'en';
  await page.reload();
  await expect(team.heading).toBeVisible();
  await expect(team.endedLink(done.practiceName)).toContainText(app.t('care.team.endedByPractice'));
  await team.end(stays.practiceName);
  await expect(team.lead('care.team.noneNow')).toBeVisible();
  await expect(team.lead('care.team.none')).toHaveCount(0);
  await expect(team.endedLink(stays.practiceName)).toContainText(app.t('care.team.endedByYou'));
  const ended = page.getByRole('region', { name: app.t('care.team.endedTitle'), exact: true });
  await expect(ended.getByRole('listitem').first()).toContainText(stays.practiceName);
  await expect(ended.getByRole('listitem').nth(1)).toContainText(done.practiceName);
  await expect(page.getByRole('link', { name: app.t('care.team.link'), exact: true })).toBeVisible();
  await team.expectAccessible();
});
