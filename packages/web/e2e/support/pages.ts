/**
 * The app as a person meets it: screens they see and what they do on them. Everything is found by
 * role and accessible name, in the words of the app's own catalogues (src/i18n), so the tests follow
 * the words when they change and fail when a control loses its name.
 *
 * `test` from here is Playwright's, plus: every test fails on a console error, an uncaught error,
 * a server error or a Content Security Policy violation; and every test is skipped (loudly, by the
 * global setup) when there is no browser to run it in.
 */
import { randomUUID } from 'node:crypto';
import {
  test as base,
  expect,
  type APIRequestContext,
  type ConsoleMessage,
  type Locator,
  type Page,
} from '@playwright/test';
import {
  contentFor,
  NEEDS_GUIDANCE,
  type ActivityLevel,
  type BackPainType,
  type Condition,
  type FallRisk,
  type Goal,
  type Impairment,
  type Locale,
  type NeedsGuidance,
  type PlanOutput,
  type RedFlag,
  type RiskFactor,
  type SessionPurpose,
} from '@wandelcoach/engine';
import type { Walk } from '@wandelcoach/server/api-types';
import { translator, uiCatalogues, type MessageKey } from '../../src/i18n/index.js';
import { INTAKE_STEPS, type IntakeStep } from '../../src/i18n/intake-keys.js';
import type { nl } from '../../src/i18n/nl.js';
import { expectNoAxeViolations } from './axe.js';
import { SKIP_VARIABLE } from './global-setup.js';
import { PINNED_NOW, pinnedDate } from './pinned-clock.js';

/** The app's words in each language, from its own catalogues. */
export { uiCatalogues };

/** The language buttons, by the names they show: each language in its own words. */
export type LanguageName = (typeof nl)['language.nl'] | (typeof nl)['language.en'];

function localeNamed(name: LanguageName): Locale {
  return name === uiCatalogues.en['language.en'] ? 'en' : 'nl';
}

/** The app in one browser tab, and the language the person expects it to speak. */
/**
 * For the test's own reads of the API (never a change): the server tells clients it keeps an idle
 * connection 5 s (`Keep-Alive: timeout=5`); Playwright's request client may reuse one at the very
 * moment the server lets it go, which resets the read. A browser sends such a read again by itself;
 * so does the test, once.
 */
const READ_AGAIN_IF_RESET = { maxRetries: 1 };

export class Wandelcoach {
  /** Dutch until the person picks another language. */
  locale: Locale = 'nl';

  constructor(
    readonly page: Page,
    /** The browser's time zone, which the sign-up form sends along. */
    readonly timeZone = 'Europe/Amsterdam',
  ) {}

  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
    return translator(this.locale)(key, params);
  }

  /** A catalogue's words as a pattern, with any whole or decimal number where a placeholder is. */
  pattern(key: MessageKey): RegExp {
    const parts = this.t(key)
      .split(/\{\w+\}/)
      .map(escapeRegExp);
    return new RegExp(`^${parts.join('(\\d+(?:[.,]\\d+)?)')}$`);
  }

  /** The page's `<html>`, whose `lang` says which language the page is in. */
  get document(): Locator {
    return this.page.locator('html');
  }

  /** Opens the app fresh, as someone who has not signed in sees it. */
  async open(): Promise<WelcomePage> {
    await this.page.goto('/');
    const welcome = new WelcomePage(this);
    await expect(welcome.heading).toBeVisible();
    return welcome;
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  /**
   * Someone who signed up a moment ago (through the API: quicker than the form, which the account
   * suite covers) opens the app and lands on the first question.
   */
  async signedUpNew(person: Person = newPerson()): Promise<IntakePage> {
    const response = await this.page.request.post('/api/v1/accounts', {
      data: { ...person, locale: this.locale, timeZone: this.timeZone },
    });
    expect(response.status(), await response.text()).toBe(201);
    await this.page.goto('/');
    const intake = new IntakePage(this);
    await expect(intake.heading).toBeVisible();
    return intake;
  }

  /** Someone new signs up through the app and lands on the first question. */
  async signUpNew(person: Person = newPerson()): Promise<IntakePage> {
    const welcome = await this.open();
    const signUp = await welcome.startSignUp();
    await signUp.submitWith(person);
    const intake = new IntakePage(this);
    await expect(intake.heading).toBeVisible();
    return intake;
  }

  /** The person's calendar date, `YYYY-MM-DD`, as the browser (in the project's time zone) has it. */
  async localToday(): Promise<string> {
    return this.localDate(0);
  }

  /** The person's calendar date a number of days from today (-1: yesterday), on the pinned clock. */
  localDate(daysFromToday: number): Promise<string> {
    return Promise.resolve(pinnedDate(this.timeZone, daysFromToday));
  }

  /** The signed-in person's walks as the API gives them, with the browser's own cookies. */
  async walksFromApi(): Promise<Walk[]> {
    const response = await this.page.request.get('/api/v1/me/walks', READ_AGAIN_IF_RESET);
    expect(response.status(), await response.text()).toBe(200);
    return ((await response.json()) as { walks: Walk[] }).walks;
  }

  /** The session's CSRF token, which every change through the API carries. */
  private async csrfToken(): Promise<string> {
    const response = await this.page.request.get('/api/v1/session', READ_AGAIN_IF_RESET);
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  /** Changes the signed-in account through the API (as another device would). */
  async changeAccountFromApi(changes: { timeZone?: string; locale?: Locale }): Promise<void> {
    const response = await this.page.request.patch('/api/v1/me', {
      data: changes,
      headers: { 'x-csrf-token': await this.csrfToken() },
    });
    expect(response.status(), await response.text()).toBe(200);
  }

  /** Sends a request through the API as this person (as another device would); answers its status. */
  async apiRequest(method: 'POST' | 'DELETE', path: string, data?: unknown): Promise<number> {
    const response = await this.page.request.fetch(`/api/v1${path}`, {
      method,
      headers: { 'x-csrf-token': await this.csrfToken() },
      ...(data !== undefined && { data }),
    });
    return response.status();
  }

  /** What the outbox keeps in this browser's IndexedDB, read as the app stored it. */
  keptOnPhone(): Promise<{ kind: string; state: string; walk?: Record<string, unknown> }[]> {
    return this.page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const opening = indexedDB.open('wandelcoach');
          opening.onerror = () => {
            reject(new Error(String(opening.error)));
          };
          opening.onsuccess = () => {
            const db = opening.result;
            if (!db.objectStoreNames.contains('outbox')) {
              resolve([]);
              return;
            }
            const all = db.transaction('outbox').objectStore('outbox').getAll();
            all.onsuccess = () => {
              resolve(all.result as { kind: string; state: string }[]);
            };
          };
        }),
    );
  }

  /** Waits until the service worker is active, so the app is kept for opening offline. */
  async serviceWorkerReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }

  /** The signed-in person's plan as the API gives it, with the browser's own cookies. */
  async planFromApi(): Promise<PlanOutput> {
    const response = await this.page.request.get('/api/v1/me/plan', READ_AGAIN_IF_RESET);
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as PlanOutput;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A choice's accessible name: its label, then (for now) the explanation under it, because both sit
 * inside the `<label>`. Matching the start keeps "1" from also finding "10".
 */
function startingWith(label: string): RegExp {
  return new RegExp(`^${escapeRegExp(label)}(\\s|$)`);
}

/** What every screen has: a main heading and the language switch in the header. */
abstract class Screen {
  constructor(protected readonly app: Wandelcoach) {}

  protected get page(): Page {
    return this.app.page;
  }

  protected t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
    return this.app.t(key, params);
  }

  /** The screen's main heading, in the language the person expects. */
  abstract get heading(): Locator;

  languageButton(name: LanguageName): Locator {
    return this.page
      .getByRole('navigation', { name: this.t('language.label'), exact: true })
      .getByRole('button', { name, exact: true });
  }

  async switchLanguage(name: LanguageName): Promise<void> {
    await this.languageButton(name).click();
    // From here on the app, and the switch's own label, speak the new language.
    this.app.locale = localeNamed(name);
    await expect(this.languageButton(name)).toHaveAttribute('aria-pressed', 'true');
  }

  /** Waits for the screen, then checks it with axe. */
  async expectAccessible(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expectNoAxeViolations(this.page);
  }
}

export class WelcomePage extends Screen {
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('welcome.title'), exact: true });
  }

  get signUpLink(): Locator {
    return this.page.getByRole('link', { name: this.t('welcome.signUp'), exact: true });
  }

  async startSignUp(): Promise<AccountPage> {
    await this.signUpLink.click();
    return AccountPage.shown(this.app, 'sign-up');
  }

  async startSignIn(): Promise<AccountPage> {
    await this.page.getByRole('link', { name: this.t('welcome.signIn'), exact: true }).click();
    return AccountPage.shown(this.app, 'sign-in');
  }
}

/** Create an account, or sign in: an email address and a password. */
export class AccountPage extends Screen {
  private constructor(
    app: Wandelcoach,
    readonly mode: 'sign-up' | 'sign-in',
  ) {
    super(app);
  }

  static async shown(app: Wandelcoach, mode: 'sign-up' | 'sign-in'): Promise<AccountPage> {
    const screen = new AccountPage(app, mode);
    await expect(screen.heading).toBeVisible();
    return screen;
  }

  get heading(): Locator {
    const title = this.mode === 'sign-up' ? 'account.signUp.title' : 'account.signIn.title';
    return this.page.getByRole('heading', { level: 1, name: this.t(title), exact: true });
  }

  get emailField(): Locator {
    return this.page.getByLabel(this.t('account.email'), { exact: true });
  }

  get passwordField(): Locator {
    return this.page.getByLabel(this.t('account.password'), { exact: true });
  }

  get submitButton(): Locator {
    const label = this.mode === 'sign-up' ? 'account.signUp.submit' : 'account.signIn.submit';
    return this.page.getByRole('button', { name: this.t(label), exact: true });
  }

  /** Messages read out as they appear: next to a field, or above the form. */
  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** What the screen says without alarm, such as that a new password is set. */
  get status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  get showPasswordButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.t('password.show'), exact: true });
  }

  async forgotPassword(): Promise<ForgotPasswordPage> {
    await this.page.getByRole('link', { name: this.t('account.forgot'), exact: true }).click();
    const screen = new ForgotPasswordPage(this.app);
    await expect(screen.heading).toBeVisible();
    return screen;
  }

  async fillEmail(email: string): Promise<void> {
    await this.emailField.fill(email);
  }

  async fillPassword(password: string): Promise<void> {
    await this.passwordField.fill(password);
  }

  async submit(): Promise<void> {
    await this.submitButton.click();
  }

  /** Fills in both fields and submits: what a person does when all goes well. */
  async submitWith(person: Person): Promise<void> {
    await this.fillEmail(person.email);
    await this.fillPassword(person.password);
    await this.submit();
  }
}

/** "Forgot your password?": the address, then the same answer whatever it is. */
export class ForgotPasswordPage extends Screen {
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('forgot.title'), exact: true });
  }

  get emailField(): Locator {
    return this.page.getByLabel(this.t('account.email'), { exact: true });
  }

  get status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  /** Asks for a link for `email`; resolves with the server's answer (status and body). */
  async askFor(email: string): Promise<{ status: number; body: string }> {
    await this.emailField.fill(email);
    const [response] = await Promise.all([
      this.page.waitForResponse((answer) => new URL(answer.url()).pathname === '/api/v1/password-resets'),
      this.page.getByRole('button', { name: this.t('forgot.submit'), exact: true }).click(),
    ]);
    await expect(this.status).toHaveText(this.t('forgot.sent', { email }));
    return { status: response.status(), body: await response.text() };
  }
}

/** Where a reset link leads: a new password, with the same rules as at sign-up. */
export class ResetPasswordPage extends Screen {
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('reset.title'), exact: true });
  }

  get passwordField(): Locator {
    return this.page.getByLabel(this.t('reset.password'), { exact: true });
  }

  get showPasswordButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.t('password.show'), exact: true });
  }

  get alert(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  async submitPassword(password: string): Promise<void> {
    await this.passwordField.fill(password);
    await this.page.getByRole('button', { name: this.t('reset.submit'), exact: true }).click();
  }
}

/** After a sign-up on a server that sends mail: look in the mailbox. */
export class CheckEmailPage extends Screen {
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('checkEmail.title'), exact: true });
  }

  get status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }
}

/** Where a confirmation link leads: one tap confirms the address and signs in. */
export class ConfirmEmailPage extends Screen {
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('confirm.title'), exact: true });
  }

  get confirmButton(): Locator {
    return this.page.getByRole('button', { name: this.t('confirm.submit'), exact: true });
  }

  get alert(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }
}

/**
 * Where a signed-in person is: whichever screen shows, the header says who is signed in and offers
 * to sign out.
 */
export class HomePage extends Screen {
  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  /** The tab bar at the bottom: Today, Plan, Progress, Settings, on the person's own pages. */
  get menu(): Locator {
    return this.page.getByRole('navigation', { name: this.t('nav.label'), exact: true });
  }

  menuButton(item: MenuItem): Locator {
    return this.menu.getByRole('link', { name: this.t(MENU_ITEMS[item]), exact: true });
  }

  async openToday(): Promise<TodayPage> {
    return this.openFromMenu('today', new TodayPage(this.app));
  }

  async openPlan(): Promise<PlanPage> {
    return this.openFromMenu('plan', new PlanPage(this.app));
  }

  async openProgress(): Promise<ProgressPage> {
    return this.openFromMenu('progress', new ProgressPage(this.app));
  }

  async openSettings(): Promise<SettingsPage> {
    return this.openFromMenu('settings', new SettingsPage(this.app));
  }

  private async openFromMenu<S extends Screen>(item: MenuItem, screen: S): Promise<S> {
    await this.menuButton(item).click();
    await expect(screen.heading).toBeVisible();
    return screen;
  }

  /** Before the person's own pages (in the questions), the header has the way to the settings. */
  async openSettingsFromHeader(): Promise<SettingsPage> {
    await this.page
      .getByRole('banner')
      .getByRole('link', { name: this.t('tab.settings'), exact: true })
      .click();
    const settings = new SettingsPage(this.app);
    await expect(settings.heading).toBeVisible();
    return settings;
  }

  /** Signing out is in the settings, under the account. */
  async signOut(): Promise<WelcomePage> {
    const settings = this instanceof SettingsPage ? this : await this.openSettings();
    await settings.signOutButton.click();
    const welcome = new WelcomePage(this.app);
    await expect(welcome.heading).toBeVisible();
    return welcome;
  }
}

/** The tab bar's links, by the words they show. */
const MENU_ITEMS = {
  today: 'tab.today',
  plan: 'tab.plan',
  progress: 'tab.progress',
  settings: 'tab.settings',
} as const satisfies Record<string, MessageKey>;

export type MenuItem = keyof typeof MENU_ITEMS;

/** The back questions' answers, as a person with back pain gives them. */
export interface BackAnswers {
  type: BackPainType;
  legPain: boolean;
  /** 0 to 10. */
  painNow: number;
  /** The statements they recognise in themselves; none by default. */
  extras?: readonly (NeedsGuidance | RiskFactor)[];
}

export type Equipment = 'treadmill' | 'railOrFlatPath' | 'companion';

/** Everything a person answers in the questionnaire; what is left out they leave unticked. */
export interface IntakeAnswers {
  goals: readonly Goal[];
  age: number;
  activity: ActivityLevel;
  comfortableWalkMinutes?: number;
  /** Only asked with back pain as a goal. */
  back?: BackAnswers;
  /** The warning signs they tick, or "none of these". */
  redFlags: readonly RedFlag[] | 'none';
  fallRisk?: readonly FallRisk[];
  impairments?: readonly Impairment[];
  conditions?: readonly Condition[];
  equipment?: readonly Equipment[];
  /** `YYYY-MM-DD`; left at the default (today) when not given. */
  startDate?: string;
}

/**
 * The questionnaire, one step at a time. The model knows which step the person should be on, and
 * which steps there are: the back questions only with back pain as a goal.
 */
export class IntakePage extends HomePage {
  constructor(
    app: Wandelcoach,
    /** The step the person should be on. */
    public step: IntakeStep = 'goals',
    /** The goals chosen so far, which decide the steps. */
    private goals: readonly Goal[] = [],
  ) {
    super(app);
  }

  override get heading(): Locator {
    return this.page.getByRole('heading', {
      level: 1,
      name: this.t(`intake.step.${this.step}.title`),
      exact: true,
    });
  }

  get steps(): IntakeStep[] {
    return INTAKE_STEPS.filter((step) => step !== 'back' || this.goals.includes('back-pain'));
  }

  get last(): boolean {
    return this.step === this.steps.at(-1);
  }

  /** "Step 2 of 7", as it should read on this step. */
  get progress(): Locator {
    const params = { step: this.steps.indexOf(this.step) + 1, total: this.steps.length };
    return this.page.getByRole('main').getByText(this.t('intake.progress', params), { exact: true });
  }

  /** A question with choices, by the question's words. */
  question(legend: MessageKey): Locator {
    return this.page.getByRole('main').getByRole('group', { name: this.t(legend), exact: true });
  }

  checkbox(legend: MessageKey, label: MessageKey): Locator {
    return this.question(legend).getByRole('checkbox', { name: startingWith(this.t(label)) });
  }

  /** A radio button by its label: a catalogue key, or the number on a scale. */
  radio(legend: MessageKey, label: MessageKey | number): Locator {
    const text = typeof label === 'number' ? String(label) : this.t(label);
    return this.question(legend).getByRole('radio', { name: startingWith(text) });
  }

  /** A field to type in, by its label. */
  field(label: MessageKey): Locator {
    return this.page.getByRole('main').getByLabel(this.t(label), { exact: true });
  }

  /** What still needs an answer, read out as it appears. */
  get alert(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  get nextButton(): Locator {
    return this.page.getByRole('button', { name: this.t('intake.next'), exact: true });
  }

  get finishButton(): Locator {
    return this.page.getByRole('button', { name: this.t('intake.finish'), exact: true });
  }

  get backButton(): Locator {
    return this.page.getByRole('button', { name: this.t('intake.back'), exact: true });
  }

  /** Presses "next" expecting to stay: something on this step still needs an answer. */
  async nextRefused(): Promise<void> {
    await this.nextButton.click();
    await expect(this.alert.first()).toBeVisible();
    await expect(this.heading).toBeVisible();
  }

  /** On to the next step, whose title takes focus as a new page's would. */
  async next(): Promise<void> {
    const to = this.steps[this.steps.indexOf(this.step) + 1];
    if (to === undefined) throw new Error(`${this.step} is the last step: finish instead`);
    await this.nextButton.click();
    this.step = to;
    await expect(this.heading).toBeFocused();
  }

  async back(): Promise<void> {
    const to = this.steps[this.steps.indexOf(this.step) - 1];
    if (to === undefined) throw new Error(`${this.step} is the first step: there is no back`);
    await this.backButton.click();
    this.step = to;
    await expect(this.heading).toBeFocused();
  }

  /** Sends the answers; the safety check's outcome shows. */
  async finish(outcome: Outcome): Promise<OutcomePage> {
    await this.finishButton.click();
    return OutcomePage.shown(this.app, outcome);
  }

  async chooseGoals(goals: readonly Goal[]): Promise<void> {
    for (const goal of goals) await this.checkbox('intake.step.goals.title', `intake.goal.${goal}`).check();
    this.goals = goals;
  }

  async fillAboutYou(
    answers: Pick<IntakeAnswers, 'age' | 'activity' | 'comfortableWalkMinutes'>,
  ): Promise<void> {
    await this.field('intake.age').fill(String(answers.age));
    await this.radio('ask.activity', `intake.activity.${answers.activity}`).check();
    if (answers.comfortableWalkMinutes !== undefined) {
      await this.field('intake.comfortableWalkMinutes').fill(String(answers.comfortableWalkMinutes));
    }
  }

  async answerBack(answers: BackAnswers): Promise<void> {
    await this.radio('ask.backPainType', `intake.backPainType.${answers.type}`).check();
    await this.radio('intake.legPain', answers.legPain ? 'intake.yes' : 'intake.no').check();
    await this.radio('intake.painNow', answers.painNow).check();
    for (const extra of answers.extras ?? []) {
      const key = (NEEDS_GUIDANCE as readonly string[]).includes(extra)
        ? (`intake.needsGuidance.${extra as NeedsGuidance}` as const)
        : (`intake.riskFactor.${extra as RiskFactor}` as const);
      await this.checkbox('ask.backExtras', key).check();
    }
  }

  async answerSafety(redFlags: IntakeAnswers['redFlags']): Promise<void> {
    if (redFlags === 'none') {
      await this.checkbox('ask.redFlags', 'intake.noneOfThese').check();
      return;
    }
    for (const flag of redFlags) await this.checkbox('ask.redFlags', `intake.redFlag.${flag}`).check();
  }

  async answerBalance(answers: Pick<IntakeAnswers, 'fallRisk' | 'impairments'>): Promise<void> {
    for (const risk of answers.fallRisk ?? []) {
      await this.checkbox('ask.fallRisk', `intake.fallRisk.${risk}`).check();
    }
    for (const impairment of answers.impairments ?? []) {
      await this.checkbox('ask.impairments', `intake.impairment.${impairment}`).check();
    }
  }

  async answerConditions(conditions: readonly Condition[] = []): Promise<void> {
    for (const condition of conditions) {
      await this.checkbox('ask.conditions', `intake.condition.${condition}`).check();
    }
  }

  async answerPractical(answers: Pick<IntakeAnswers, 'equipment' | 'startDate'>): Promise<void> {
    for (const item of answers.equipment ?? []) {
      await this.checkbox('ask.equipment', `intake.equipment.${item}`).check();
    }
    if (answers.startDate !== undefined) await this.field('intake.startDate').fill(answers.startDate);
  }

  /** Answers the questions of the step the person is on. */
  async answerStep(answers: IntakeAnswers): Promise<void> {
    switch (this.step) {
      case 'goals':
        return this.chooseGoals(answers.goals);
      case 'about-you':
        return this.fillAboutYou(answers);
      case 'back':
        if (answers.back === undefined) throw new Error('back pain as a goal needs the back answers');
        return this.answerBack(answers.back);
      case 'safety':
        return this.answerSafety(answers.redFlags);
      case 'balance':
        return this.answerBalance(answers);
      case 'conditions':
        return this.answerConditions(answers.conditions);
      case 'practical':
        return this.answerPractical(answers);
    }
  }

  /**
   * Answers every step from here on and finishes. Warning signs end the questions at the safety
   * step: its "next" shows what the safety check says straight away.
   */
  async complete(answers: IntakeAnswers, outcome: Outcome): Promise<OutcomePage> {
    for (;;) {
      await this.answerStep(answers);
      if (this.last) return this.finish(outcome);
      if (this.step === 'safety' && answers.redFlags !== 'none') {
        await this.nextButton.click();
        return OutcomePage.shown(this.app, outcome);
      }
      await this.next();
    }
  }
}

/** What the safety check can say, by the title that says it. */
const OUTCOME_TITLES = {
  emergency: 'triage.emergency.title',
  'gp-soon': 'triage.gpSoon.title',
  'routine-assessment': 'triage.routine.title',
  'self-manage': 'triage.selfManage.title',
  // A plan is ready, but retro-walking only with a supervisor: that is the headline, whatever the level.
  supervised: 'triage.supervised.title',
} as const satisfies Record<string, MessageKey>;

export type Outcome = keyof typeof OUTCOME_TITLES;

/** After the questions: what the safety check found, and the way on to the plan if there is one. */
export class OutcomePage extends HomePage {
  private constructor(
    app: Wandelcoach,
    readonly outcome: Outcome,
  ) {
    super(app);
  }

  static async shown(app: Wandelcoach, outcome: Outcome): Promise<OutcomePage> {
    const screen = new OutcomePage(app, outcome);
    await expect(screen.heading).toBeVisible();
    return screen;
  }

  override get heading(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: this.t(OUTCOME_TITLES[this.outcome]), exact: true });
  }

  /** The emergency fills the screen as one alert, named by its title. */
  get emergency(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('alert', { name: this.t('triage.emergency.title'), exact: true });
  }

  /** The reasons for the outcome, each with its source. */
  get reasons(): Locator {
    return this.page.getByRole('main').getByRole('listitem');
  }

  get toPlanButton(): Locator {
    return this.page.getByRole('button', { name: this.t('triage.toPlan'), exact: true });
  }

  get redoButton(): Locator {
    return this.page.getByRole('button', { name: this.t('triage.redoIntake'), exact: true });
  }

  async goToPlan(): Promise<PlanPage> {
    await this.toPlanButton.click();
    const plan = new PlanPage(this.app);
    await expect(plan.heading).toBeVisible();
    return plan;
  }
}

/** The twelve weeks at a glance. */
export class PlanPage extends HomePage {
  override get heading(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: this.t('plan.title'), exact: true });
  }

  get table(): Locator {
    return this.page.getByRole('main').getByRole('table');
  }

  /** On a phone (or with larger text) a card per week instead of the table. */
  get cards(): Locator {
    return this.page.getByRole('main').getByRole('list', { name: this.t('plan.cards'), exact: true });
  }

  /** One per week: the table's rows headed by a week number, or the cards, whichever the screen shows. */
  get weeks(): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader') })
      .or(this.cards.getByRole('listitem'));
  }

  week(number: number): Locator {
    const name = startingWith(this.t('plan.weekNumber', { week: number }));
    return this.table.getByRole('rowheader', { name }).or(this.cards.getByRole('heading', { name }));
  }

  /** The physiotherapist's changes, listed above the weeks. */
  get physiotherapistChanges(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('region', { name: this.t('care.plan.changes'), exact: true });
  }

  get printButton(): Locator {
    return this.page.getByRole('button', { name: this.t('plan.print'), exact: true });
  }

  async goToToday(): Promise<TodayPage> {
    await this.page.getByRole('button', { name: this.t('nav.today'), exact: true }).click();
    const today = new TodayPage(this.app);
    await expect(today.heading).toBeVisible();
    return today;
  }
}

/** Today's walks, one card each. */
export class TodayPage extends HomePage {
  override get heading(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: this.t('today.title'), exact: true });
  }

  /** The cards: items of the day's list with a heading of their own (a card's tips are items too). */
  get cards(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 2 }) });
  }

  /** Offered when the questions of the start, week 6 or week 12 are due. */
  get checkInCard(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: this.t('checkin.title'), exact: true });
  }

  async openCheckIn(): Promise<CheckInPage> {
    await this.checkInCard.getByRole('button', { name: this.t('checkin.card.open'), exact: true }).click();
    const checkIn = new CheckInPage(this.app);
    await expect(checkIn.heading).toBeVisible();
    return checkIn;
  }

  /** Shown when the physiotherapist changed the plan this week. */
  get planChangedThisWeek(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('region', { name: this.t('care.today.changed'), exact: true });
  }

  /** Notes today's first walk as it went: the planned minutes, some pain, nothing unusual. */
  async logFirstWalk(): Promise<LogResultPage> {
    const log = await this.card(0).openLog();
    await log.painDuring(3).check();
    await log.answer('log.unusual', false).check();
    return log.save();
  }

  card(index: number): TodayCard {
    return new TodayCard(this.app, this.cards.nth(index));
  }

  /**
   * The card of a walk with this purpose. Purposes are named in the plan's language (the intake's),
   * from the engine's content.
   */
  cardFor(purpose: SessionPurpose, planLocale: Locale = 'nl'): TodayCard {
    const name = contentFor(planLocale).purposes[purpose];
    return new TodayCard(
      this.app,
      this.cards.filter({
        has: this.page.getByRole('heading', { level: 2, name: new RegExp(`: ${escapeRegExp(name)}$`) }),
      }),
    );
  }

  /** "Saved", read out once a walk is logged. */
  get saved(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  /** "Saved on this phone, will be sent when you are online: 1 walk or answer." */
  waitingOnPhone(count: number): Locator {
    return this.page.getByRole('main').getByText(this.t('outbox.waiting', { count }), { exact: true });
  }

  /** The walks and answers the server refused, each with what is wrong and a way to let it go. */
  get refused(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('region', { name: this.t('outbox.refused.title'), exact: true });
  }

  get removeRefusedButton(): Locator {
    return this.refused.getByRole('button', { name: this.t('outbox.refused.remove'), exact: true });
  }

  /** On the first visit of a day after a walk: how the back is this morning. */
  get morningQuestion(): Locator {
    return this.page.getByRole('main').getByRole('form', { name: this.t('morning.title'), exact: true });
  }

  morningPain(score: number): Locator {
    return this.morningQuestion
      .getByRole('group', { name: this.t('morning.intro'), exact: true })
      .getByRole('radio', { name: startingWith(String(score)) });
  }

  async answerMorning(score: number): Promise<void> {
    await this.morningPain(score).check();
    await this.morningQuestion.getByRole('button', { name: this.t('morning.save'), exact: true }).click();
    await expect(this.saved).toHaveText(this.t('morning.saved'));
    await expect(this.morningQuestion).toBeHidden();
  }
}

/** One of today's walks. */
export class TodayCard {
  constructor(
    private readonly app: Wandelcoach,
    readonly root: Locator,
  ) {}

  private t(key: MessageKey): string {
    return this.app.t(key);
  }

  get heading(): Locator {
    return this.root.getByRole('heading', { level: 2 }).first();
  }

  /** "12 minutes", large on the card. */
  get minutes(): Locator {
    return this.root.getByText(this.app.pattern('today.minutes'));
  }

  /** The number of minutes the card shows. */
  async plannedMinutes(): Promise<string> {
    const text = await this.minutes.textContent();
    const found = text === null ? null : this.app.pattern('today.minutes').exec(text);
    if (found?.[1] === undefined) throw new Error(`no minutes on the card: ${String(text)}`);
    return found[1];
  }

  get done(): Locator {
    return this.root.getByText(`✓ ${this.t('today.done')}`, { exact: true });
  }

  get notDone(): Locator {
    return this.root.getByText(this.t('today.notDone'), { exact: true });
  }

  get supervisedWarning(): Locator {
    return this.root.getByText(this.t('today.supervised'), { exact: true });
  }

  get logButton(): Locator {
    return this.root.getByRole('button', { name: this.t('today.log'), exact: true });
  }

  get startWalkButton(): Locator {
    return this.root.getByRole('button', { name: this.t('today.startWalk'), exact: true });
  }

  async startWalk(): Promise<GuidedWalkPage> {
    await this.startWalkButton.click();
    const walk = new GuidedWalkPage(this.app);
    await expect(walk.startButton).toBeVisible();
    return walk;
  }

  async openLog(): Promise<LogForm> {
    await this.logButton.click();
    const form = new LogForm(this.app);
    await expect(form.root).toBeVisible();
    return form;
  }
}

/** After a walk, on a screen of its own: how it went, three quick questions first. */
export class LogForm {
  readonly root: Locator;

  constructor(private readonly app: Wandelcoach) {
    this.root = app.page.getByRole('main').getByRole('form', { name: app.t('log.title'), exact: true });
  }

  private t(key: MessageKey): string {
    return this.app.t(key);
  }

  get heading(): Locator {
    return this.root.getByRole('heading', { level: 1, name: this.t('log.title'), exact: true });
  }

  get minutesField(): Locator {
    return this.root.getByLabel(this.t('log.minutes'), { exact: true });
  }

  question(legend: MessageKey): Locator {
    return this.root.getByRole('group', { name: this.t(legend), exact: true });
  }

  painDuring(score: number): Locator {
    return this.question('log.painDuring').getByRole('radio', { name: startingWith(String(score)) });
  }

  answer(legend: 'log.dizziness' | 'log.fall' | 'log.unusual', yes: boolean): Locator {
    return this.question(legend).getByRole('radio', {
      name: startingWith(this.t(yes ? 'intake.yes' : 'intake.no')),
    });
  }

  /** After the stop button: why the person stopped. */
  stopReason(reason: 'pain' | 'dizziness' | 'fall' | 'other'): Locator {
    return this.question('log.stopReason').getByRole('radio', {
      name: startingWith(this.t(`log.stopReason.${reason}`)),
    });
  }

  /** Every radio button of the form, to check none is answered for the person. */
  get radios(): Locator {
    return this.root.getByRole('radio');
  }

  get newSymptoms(): Locator {
    return this.question('log.newSymptoms').getByRole('checkbox');
  }

  get newSymptomsTicked(): Locator {
    return this.newSymptoms.and(this.app.page.locator(':checked'));
  }

  get saveButton(): Locator {
    return this.root.getByRole('button', { name: this.t('log.save'), exact: true });
  }

  async expectAccessible(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expectNoAxeViolations(this.app.page);
  }

  /** Saves; the screen that says what was noted and what happens next takes its place. */
  async save(): Promise<LogResultPage> {
    await this.saveButton.click();
    const result = new LogResultPage(this.app);
    await expect(result.heading).toBeVisible();
    return result;
  }
}

/** After saving a walk: what was noted ("2 of 5 min"), an honest word about it, and what comes next. */
export class LogResultPage extends HomePage {
  override get heading(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: this.t('logResult.title'), exact: true });
  }

  /** "Saved on this phone": the walk waits there for a connection. */
  get savedOnPhone(): Locator {
    return this.page.getByRole('main').getByText(this.t('logResult.savedOnPhone'), { exact: true });
  }

  get toTodayButton(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('button', { name: this.t('logResult.toToday'), exact: true });
  }

  async toToday(): Promise<TodayPage> {
    await this.toTodayButton.click();
    const today = new TodayPage(this.app);
    await expect(today.heading).toBeVisible();
    return today;
  }
}

/** The cadence field, the same on the settings screen and in the guided walk. */
export class CadenceField {
  constructor(
    private readonly app: Wandelcoach,
    private readonly within: Locator,
  ) {}

  get input(): Locator {
    return this.within.getByLabel(this.app.t('walk.cadence'), { exact: true });
  }

  get tapButton(): Locator {
    return this.within.getByRole('button', { name: this.app.t('walk.tap'), exact: true });
  }

  /** What the tapping measured so far, read out as it changes. */
  get tapStatus(): Locator {
    return this.within.getByRole('status');
  }

  /** What is wrong with what was typed, read out when the person leaves the field. */
  get error(): Locator {
    return this.within.getByRole('alert');
  }

  /** Types a cadence in the field and leaves it, as a person does before going on. */
  async set(stepsPerMinute: number | string): Promise<void> {
    await this.input.fill(String(stepsPerMinute));
    await this.input.blur();
  }
}

/** The settings: the walk's options, larger text, the person's data, deleting the account. */
export class SettingsPage extends HomePage {
  override get heading(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: this.t('settings.title'), exact: true });
  }

  get walkSection(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: this.t('settings.walk'), exact: true });
  }

  get cadence(): CadenceField {
    return new CadenceField(this.app, this.walkSection);
  }

  get deleteButton(): Locator {
    return this.page.getByRole('button', { name: this.t('settings.delete.confirm'), exact: true });
  }

  signedInAs(email: string): Locator {
    return this.page.getByRole('main').getByText(this.t('account.signedInAs', { email }), { exact: true });
  }

  get signOutButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.t('account.signOut'), exact: true });
  }

  /** The physiotherapist's part of the settings: link, the care team, who looked at the data. */
  careLink(name: 'care.settings.link' | 'care.settings.team' | 'care.settings.log'): Locator {
    return this.page
      .getByRole('main')
      .getByRole('region', { name: this.t('care.settings.title'), exact: true })
      .getByRole('link', { name: this.t(name), exact: true });
  }

  async openCareTeam(): Promise<CareTeamPage> {
    await this.careLink('care.settings.team').click();
    const team = new CareTeamPage(this.app);
    await expect(team.heading).toBeVisible();
    return team;
  }
}

/** `/link`: the physiotherapist's code and the year of birth (signed out: sign in or sign up first). */
export class LinkPage extends HomePage {
  override get heading(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: this.t('care.link.title'), exact: true });
  }

  get codeField(): Locator {
    return this.page.getByRole('main').getByLabel(this.t('care.link.code'), { exact: true });
  }

  get yearField(): Locator {
    return this.page.getByRole('main').getByLabel(this.t('care.link.year'), { exact: true });
  }

  get alert(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  /** Signed out: the way to make an account first, the code kept meanwhile. */
  get signUpLink(): Locator {
    return this.page.getByRole('main').getByRole('link', { name: this.t('care.link.signUp'), exact: true });
  }

  get nextButton(): Locator {
    return this.page.getByRole('button', { name: this.t('care.link.next'), exact: true });
  }

  async submit(birthYear: number | string): Promise<void> {
    await this.yearField.fill(String(birthYear));
    await this.nextButton.click();
  }

  /** Code and year right: the consent shows, naming the practice. */
  async toConsent(birthYear: number, practice: string): Promise<ConsentPage> {
    await this.submit(birthYear);
    const consent = new ConsentPage(this.app, practice);
    await expect(consent.heading).toBeVisible();
    return consent;
  }
}

/** `/link/consent`: what the practice will see and do, in plain words, before agreeing. */
export class ConsentPage extends HomePage {
  constructor(
    app: Wandelcoach,
    readonly practice: string,
  ) {
    super(app);
  }

  override get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', {
      level: 1,
      name: this.t('care.consent.title', { practice: this.practice }),
      exact: true,
    });
  }

  part(
    heading: 'care.consent.read' | 'care.consent.change' | 'care.consent.never' | 'care.consent.stop',
  ): Locator {
    return this.page.getByRole('main').getByRole('region', { name: this.t(heading), exact: true });
  }

  get agreeButton(): Locator {
    return this.page.getByRole('button', { name: this.t('care.consent.agree'), exact: true });
  }

  async agree(): Promise<CareTeamPage> {
    await this.agreeButton.click();
    const team = new CareTeamPage(this.app);
    await expect(team.heading).toBeVisible();
    return team;
  }
}

/** `/care-team`: the linked practices, agreeing again, stopping a link (asked once). */
export class CareTeamPage extends HomePage {
  override get heading(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: this.t('care.team.title'), exact: true });
  }

  get status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  /** A linked practice's card, by its name. */
  practice(name: string): Locator {
    return this.page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 2, name, exact: true }) });
  }

  /** The lead line when no practice follows the plan: "not yet", or "now" after links that ended. */
  lead(key: 'care.team.none' | 'care.team.noneNow'): Locator {
    return this.page.getByRole('main').getByText(this.t(key), { exact: true });
  }

  /** A link that ended, in the section under the running ones, by its practice's name. */
  endedLink(practice: string): Locator {
    return this.page
      .getByRole('main')
      .getByRole('region', { name: this.t('care.team.endedTitle'), exact: true })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(practice, { exact: true }) });
  }

  endButton(practice: string): Locator {
    return this.page.getByRole('button', { name: this.t('care.team.end', { practice }), exact: true });
  }

  /** The one question before a link stops. */
  endQuestion(practice: string): Locator {
    return this.page.getByText(this.t('care.team.endAsk', { practice }), { exact: true });
  }

  /** "No, keep it": the question goes, the link stays. */
  get keepButton(): Locator {
    return this.page.getByRole('button', { name: this.t('care.team.endNo'), exact: true });
  }

  /** Asks once, then stops the link. */
  async end(practice: string): Promise<void> {
    await this.endButton(practice).click();
    await expect(this.endQuestion(practice)).toBeFocused();
    await this.page.getByRole('button', { name: this.t('care.team.endYes'), exact: true }).click();
    await expect(this.status).toHaveText(this.t('care.team.ended', { practice }));
  }

  async openAccessLog(): Promise<AccessLogPage> {
    await this.page
      .getByRole('main')
      .getByRole('link', { name: this.t('care.settings.log'), exact: true })
      .click();
    const log = new AccessLogPage(this.app);
    await expect(log.heading).toBeVisible();
    return log;
  }
}

/** `/access-log`: who looked at the person's data, newest first. */
export class AccessLogPage extends HomePage {
  override get heading(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: this.t('care.log.title'), exact: true });
  }

  /** The entries, newest first. */
  get entries(): Locator {
    return this.page.getByRole('main').getByRole('listitem');
  }

  /** An entry by its sentence ("Sanne Jansen bekeek je plan"). */
  entry(who: string, what: MessageKey): Locator {
    return this.entries.filter({
      hasText: this.t('care.log.line', { who, what: this.t(what) }),
    });
  }
}

/** `/check-in`: average pain last week, three activities and how they go, from week 6 the comparison. */
export class CheckInPage extends HomePage {
  override get heading(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: this.t('checkin.title'), exact: true });
  }

  /** A question with a 0–10 scale (or the global rating), by its words. */
  question(legend: string): Locator {
    return this.page.getByRole('main').getByRole('group', { name: legend, exact: true });
  }

  /** Chooses a number on a 0–10 scale, or a rating by its words. */
  async choose(legend: string, answer: number | string): Promise<void> {
    await this.question(legend)
      .getByRole('radio', { name: String(answer), exact: true })
      .check();
  }

  activityField(n: 1 | 2 | 3): Locator {
    return this.page.getByRole('main').getByLabel(this.t('checkin.psfs.activity', { n }), { exact: true });
  }

  get sendButton(): Locator {
    return this.page.getByRole('button', { name: this.t('checkin.send'), exact: true });
  }

  /** "Not now": under the introduction, and again beside the button to send. */
  get laterButton(): Locator {
    return this.page.getByRole('button', { name: this.t('checkin.later'), exact: true }).first();
  }

  get status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  /** At the start: names three activities and rates each, after the pain of last week. */
  async answerAtStart(pain: number, activities: readonly [string, number][]): Promise<void> {
    await this.choose(this.t('checkin.nprs'), pain);
    for (const [index, [activity, score]] of activities.entries()) {
      await this.activityField((index + 1) as 1 | 2 | 3).fill(activity);
      await this.choose(this.t('checkin.psfs.score', { activity }), score);
    }
  }
}

/** The guided walk before it starts: the start button, and the walk's settings folded away. */
export class GuidedWalkPage extends HomePage {
  get startButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.t('walk.start'), exact: true });
  }

  get settingsToggle(): Locator {
    return this.page.getByRole('main').getByText(this.t('walk.settings'), { exact: true });
  }

  /** Unfolds the walk's settings and gives their cadence field. */
  async openWalkSettings(): Promise<CadenceField> {
    await this.settingsToggle.click();
    const cadence = new CadenceField(this.app, this.page.getByRole('main'));
    await expect(cadence.input).toBeVisible();
    return cadence;
  }
}

/** Progress: minutes per week and pain over time, each as a chart and as a table to unfold. */
export class ProgressPage extends HomePage {
  override get heading(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: this.t('progress.title'), exact: true });
  }

  get painTable(): Locator {
    return this.page.getByRole('main').getByRole('table', { name: this.t('progress.pain'), exact: true });
  }

  /** Unfolds the numbers under the pain chart. */
  async showPainTable(): Promise<void> {
    await this.page
      .getByRole('main')
      .locator('details')
      .filter({ has: this.page.locator('caption', { hasText: this.t('progress.pain') }) })
      .getByText(this.t('progress.table'), { exact: true })
      .click();
    await expect(this.painTable).toBeVisible();
  }

  /** The pain table's row for one day (`YYYY-MM-DD`): during the walk, then the next morning. */
  painRow(date: string): { during: Locator; nextMorning: Locator } {
    const row = this.painTable.getByRole('row', { name: new RegExp(`^${escapeRegExp(date)}\\b`) });
    return { during: row.getByRole('cell').nth(0), nextMorning: row.getByRole('cell').nth(1) };
  }
}

export interface Person {
  email: string;
  password: string;
}

/** Someone new: an address no other test uses, and a password long enough to be accepted. */
export function newPerson(): Person {
  return {
    email: `walker-${randomUUID().slice(0, 12)}@example.com`,
    password: 'een rustige wandeling langs het water',
  };
}

/** An account made through the API: a person who signed up some other day. */
export async function existingAccount(request: APIRequestContext): Promise<Person> {
  const person = newPerson();
  const response = await request.post('/api/v1/accounts', {
    data: { ...person, locale: 'nl', timeZone: 'Europe/Amsterdam' },
  });
  expect(response.status(), await response.text()).toBe(201);
  return person;
}

/**
 * The browser says "Failed to load resource" on every 4xx answer, also those the app expects and
 * handles (GET /me/plan before the intake, 401 for
 * a wrong password, 409 for an address already taken), and API calls made while a test has taken the
 * connection away. Those are not errors of the page; anything
 * else in the console is. The screens' assertions check the app handled them.
 */
function isHandledApiAnswer(message: ConsoleMessage, baseURL: string | undefined): boolean {
  return (
    baseURL !== undefined &&
    message.location().url.startsWith(`${baseURL}/api/`) &&
    (/^Failed to load resource: the server responded with a status of 4\d\d\b/.test(message.text()) ||
      // Offline on purpose (context.setOffline): the app falls back to what it kept.
      /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED\b/.test(message.text()))
  );
}

interface CspWindow {
  __wandelcoachCspViolation?: (text: string) => void;
}

/**
 * What every test's page gets, and a page of a second browser context can get too: the pinned clock,
 * and a list that fills with every console error, uncaught error, server error or Content Security
 * Policy violation of the page (the test fails unless it stays empty).
 */
export async function watchPage(page: Page, baseURL: string | undefined): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !isHandledApiAnswer(message, baseURL)) {
      const where = message.location().url;
      problems.push(`console error: ${text}${where === '' ? '' : ` (${where})`}`);
    } else if (/Content[- ]Security[- ]Policy/i.test(text)) {
      problems.push(`console ${message.type()}: ${text}`);
    }
  });
  page.on('pageerror', (error) => {
    problems.push(`uncaught error: ${error.message}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`server error: ${response.status()} ${response.url()}`);
    // "Who is signed in" and "today" always have a normal answer (nobody; no intake yet): an
    // error status from them would be an error in every signed-out or new person's console.
    const { pathname } = new URL(response.url());
    if (
      response.request().method() === 'GET' &&
      (pathname === '/api/v1/session' || pathname === '/api/v1/me/today') &&
      response.status() >= 400
    ) {
      problems.push(`error status for a question with a normal answer: ${response.status()} ${pathname}`);
    }
  });
  // The page's own report of anything its Content Security Policy blocked.
  await page.exposeFunction('__wandelcoachCspViolation', (text: unknown) => {
    problems.push(`CSP violation: ${typeof text === 'string' ? text : JSON.stringify(text)}`);
  });
  // Every page starts at the pinned moment and runs on from there, in step with the server.
  await page.clock.install({ time: PINNED_NOW });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as CspWindow).__wandelcoachCspViolation?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}` +
          (event.sourceFile === '' ? '' : ` in ${event.sourceFile}:${event.lineNumber}`),
      );
    });
  });
  return problems;
}

export const test = base.extend<{ app: Wandelcoach; skipWithoutBrowser: undefined }>({
  // No browser (and not in CI): the global setup said so loudly; skip before one is launched.
  skipWithoutBrowser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture names from the pattern.
    async ({}, use, testInfo) => {
      const why = process.env[SKIP_VARIABLE];
      // The global setup refuses this in CI already; this holds even if a worker got here some other way.
      if (why !== undefined && process.env.CI) throw new Error(`CI may not skip the browser suites: ${why}`);
      testInfo.skip(why !== undefined, why);
      await use(undefined);
    },
    { auto: true },
  ],

  page: async ({ page, baseURL }, use) => {
    const problems = await watchPage(page, baseURL);
    await use(page);
    expect(problems, 'the page logged errors or broke its Content Security Policy').toEqual([]);
  },

  app: async ({ page, timezoneId }, use) => {
    await use(new Wandelcoach(page, timezoneId));
  },
});

export { expect };
