/**
 * Today's screen rendered into the page for a signed-in patient, so the largest paint on a phone waits
 * neither for the app's script nor for a second round trip (issue 16). The web app's server build
 * (packages/web/src/render-today.tsx, built into `packages/web/dist-ssr/`) renders the same components
 * as the app from the same answer as `GET /me/today`, through the same kept answer
 * (services/today.service.ts); the answer goes into the page beside the markup, and the app takes the
 * markup over from it (packages/web/src/main.tsx).
 *
 * Such a page holds health data: `Cache-Control: no-store, private` and `Vary: Cookie`, and the
 * service worker never keeps it (packages/web/src/sw.ts). Anything that goes wrong gives the plain
 * page, which asks the server itself, and is logged: the page never fails because of this.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'hono';
import type { Account } from '../services/accounts.service.js';
import { sessionStanding } from '../services/practices.service.js';
import { ownTodayJson } from '../services/today.service.js';
import { clientIp } from './client-ip.js';
import type { AppEnv } from './env.js';
import type { Logger } from './logger.js';
import { currentSession } from './middleware/session.js';

/** What the page holds beside the markup, for the app to start from (web: `today-start.ts`). */
export interface TodayStart {
  account: Account;
  today: unknown;
}

/** The web app's server build, and the page it renders into. */
export interface TodayRenderer {
  /** The built page with its `<div id="root"></div>` still empty. */
  page: string;
  render: (start: TodayStart, locale: 'nl' | 'en') => string;
}

const EMPTY_ROOT = '<div id="root"></div>';
/** The id the app looks for (web: `TODAY_START_ID`). */
const START_ID = 'today-start';
const RENDER_MODULE = 'render-today.js';
const PAGE_FILE = 'today-page.html';

/**
 * Loads the web app's server build from `renderRoot` (at start; a rebuild is picked up on restart).
 * Undefined when it is not there or not usable: the server then sends the plain page, as before.
 */
export async function loadTodayRenderer(
  renderRoot: string | undefined,
  logger: Pick<Logger, 'info' | 'warn'>,
): Promise<TodayRenderer | undefined> {
  if (renderRoot === undefined || !existsSync(path.join(renderRoot, RENDER_MODULE))) {
    logger.info({ renderRoot }, 'no server build of the web app: today’s page is sent plain');
    return undefined;
  }
  try {
    const page = readFileSync(path.join(renderRoot, PAGE_FILE), 'utf8');
    const built = (await import(pathToFileURL(path.join(renderRoot, RENDER_MODULE)).href)) as {
      renderToday?: unknown;
    };
    if (!page.includes(EMPTY_ROOT) || typeof built.renderToday !== 'function') {
      throw new Error(`${PAGE_FILE} has no empty root, or ${RENDER_MODULE} no renderToday`);
    }
    return { page, render: built.renderToday as TodayRenderer['render'] };
  } catch (error) {
    logger.warn(
      { renderRoot, error: error instanceof Error ? error.message : String(error) },
      'the web app’s server build could not be loaded: today’s page is sent plain',
    );
    return undefined;
  }
}

/** JSON for inside a `<script>`: no `<` at all, so no text in the answer can end the script. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The script files a page loads, by `src` or through the loader inside it (`data-app`, web:
 * inline/after-paint.js): a page from before a rebuild points at files that are gone.
 */
function scriptsOf(page: string): string[] {
  return [...page.matchAll(/<script[^>]* (?:src|data-app)="(\/[^"]+)"/g)].map((match) => match[1] ?? '');
}

/**
 * The page with today's screen in it for the request's session, or undefined when the plain page is
 * the right one: no live session, a member of a practice, someone without a plan under way (before or
 * in the questions, or after a safety outcome), or an app rebuilt since the server started.
 */
export async function renderTodayPage(
  c: Context<AppEnv>,
  renderer: TodayRenderer,
  webRoot: string,
): Promise<string | undefined> {
  if (!scriptsOf(renderer.page).every((script) => existsSync(path.join(webRoot, script)))) return undefined;
  const session = await currentSession(c);
  if (session?.account.role !== 'patient') return undefined;
  const { account } = session;
  const services = c.get('services');
  const { membership } = await sessionStanding(services, account.id, session.standing);
  if (membership !== undefined) return undefined;
  const json = await ownTodayJson(
    services,
    {
      actor: { id: account.id, practiceId: null },
      subjectId: account.id,
      timeZone: account.timeZone,
      meta: { ip: clientIp(c) },
    },
    { planVersion: session.planVersion, locale: account.locale },
  );
  const today = JSON.parse(json) as { hasIntake?: unknown; week?: unknown };
  // Where the app itself would start elsewhere (start.ts): the questions, or the safety outcome.
  if (today.hasIntake !== true || today.week === null || today.week === undefined) return undefined;
  const locale = account.locale;
  const start: TodayStart = { account, today };
  const markup = renderer.render(start, locale);
  // Replacers as functions: a `$` in the markup or the answer must stay a `$`.
  return renderer.page
    .replace('<html lang="nl">', () => `<html lang="${locale}">`)
    .replace(
      EMPTY_ROOT,
      () =>
        `<div id="root" data-screen="today" data-locale="${locale}">${markup}</div>` +
        `<script type="application/json" id="${START_ID}">${scriptJson(start)}</script>`,
    );
}
