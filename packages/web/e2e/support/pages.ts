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
import type { Locale } from '@wandelcoach/engine';
import { translator, uiCatalogues, type MessageKey } from '../../src/i18n/index.js';
import type { nl } from '../../src/i18n/nl.js';
import { expectNoAxeViolations } from './axe.js';
import { SKIP_VARIABLE } from './global-setup.js';

/** The app's words in each language, from its own catalogues. */
export { uiCatalogues };

/** The language buttons, by the names they show: each language in its own words. */
export type LanguageName = (typeof nl)['language.nl'] | (typeof nl)['language.en'];

function localeNamed(name: LanguageName): Locale {
  return name === uiCatalogues.en['language.en'] ? 'en' : 'nl';
}

/** The app in one browser tab, and the language the person expects it to speak. */
export class Wandelcoach {
  /** Dutch until the person picks another language. */
  locale: Locale = 'nl';

  constructor(readonly page: Page) {}

  t(key: MessageKey, params?: Readonly<Record<string, string>>): string {
    return translator(this.locale)(key, params);
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
}

/** What every screen has: a main heading and the language switch in the header. */
abstract class Screen {
  constructor(protected readonly app: Wandelcoach) {}

  protected get page(): Page {
    return this.app.page;
  }

  protected t(key: MessageKey, params?: Readonly<Record<string, string>>): string {
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

  async startSignUp(): Promise<AccountPage> {
    await this.page.getByRole('button', { name: this.t('welcome.signUp'), exact: true }).click();
    return AccountPage.shown(this.app, 'sign-up');
  }

  async startSignIn(): Promise<AccountPage> {
    await this.page.getByRole('button', { name: this.t('welcome.signIn'), exact: true }).click();
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

/**
 * Where a signed-in person is: whichever screen shows, the header says who is signed in and offers
 * to sign out.
 */
export class HomePage extends Screen {
  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  signedInAs(email: string): Locator {
    return this.page.getByRole('banner').getByText(this.t('account.signedInAs', { email }), { exact: true });
  }

  async signOut(): Promise<WelcomePage> {
    await this.page
      .getByRole('banner')
      .getByRole('button', { name: this.t('account.signOut'), exact: true })
      .click();
    const welcome = new WelcomePage(this.app);
    await expect(welcome.heading).toBeVisible();
    return welcome;
  }
}

/** The questionnaire, at its first step: where someone without a plan yet starts. */
export class IntakePage extends HomePage {
  override get heading(): Locator {
    return this.page.getByRole('heading', {
      level: 1,
      name: this.t('intake.step.goals.title'),
      exact: true,
    });
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
 * handles (401 from GET /session when nobody is signed in, GET /me/plan before the intake, 401 for
 * a wrong password, 409 for an address already taken). Those are not errors of the page; anything
 * else in the console is. The screens' assertions check the app handled them.
 */
function isHandledApiAnswer(message: ConsoleMessage, baseURL: string | undefined): boolean {
  return (
    baseURL !== undefined &&
    message.location().url.startsWith(`${baseURL}/api/`) &&
    /^Failed to load resource: the server responded with a status of 4\d\d\b/.test(message.text())
  );
}

interface CspWindow {
  __wandelcoachCspViolation?: (text: string) => void;
}

export const test = base.extend<{ app: Wandelcoach; skipWithoutBrowser: undefined }>({
  // No browser (and not in CI): the global setup said so loudly; skip before one is launched.
  skipWithoutBrowser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture names from the pattern.
    async ({}, use, testInfo) => {
      const why = process.env[SKIP_VARIABLE];
      testInfo.skip(why !== undefined, why);
      await use(undefined);
    },
    { auto: true },
  ],

  page: async ({ page, baseURL }, use) => {
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
    });
    // The page's own report of anything its Content Security Policy blocked.
    await page.exposeFunction('__wandelcoachCspViolation', (text: unknown) => {
      problems.push(`CSP violation: ${typeof text === 'string' ? text : JSON.stringify(text)}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as CspWindow).__wandelcoachCspViolation?.(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}` +
            (event.sourceFile === '' ? '' : ` in ${event.sourceFile}:${event.lineNumber}`),
        );
      });
    });
    await use(page);
    expect(problems, 'the page logged errors or broke its Content Security Policy').toEqual([]);
  },

  app: async ({ page }, use) => {
    await use(new Wandelcoach(page));
  },
});

export { expect };
