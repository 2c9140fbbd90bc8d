/**
 * Serves the web app's built files at `/`. Hashed assets are cached for a year; the page itself and
 * the service worker are checked on every visit, so an update reaches people at once. Any other path
 * that is not a file gets the app's page, which shows the screen itself.
 *
 * Someone without a session cookie at `/` gets the page with the welcome screen already in it, in the
 * language this device chose (`LOCALE_COOKIE`), else the browser's (`welcome.html`, `welcome.en.html`,
 * rendered at build time), so a first visit on a slow phone shows words as soon as the page arrives
 * instead of after the JavaScript; the app then takes over the same markup. With a
 * cookie the plain page comes, which asks the server who is signed in, unless it is a patient's at
 * `/today`, or at `/` when they start on today: they get the page with today's screen already in it
 * (`today-page.ts`), never kept by any cache.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { accepts } from 'hono/accepts';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from './env.js';
import type { Logger } from './logger.js';
import { describeError } from './middleware/request-log.js';
import { sessionToken } from './middleware/session.js';
import { renderTodayPage, type TodayRenderer } from './today-page.js';

/** The welcome, rendered at build time in each language the app speaks. */
const WELCOME_PAGES = { nl: 'welcome.html', en: 'welcome.en.html' } as const;
/** Written by the web app's build beside the welcome page: the hashes of its inline style and script. */
const WELCOME_CSP = 'welcome.csp.json';
/** How long a read of WELCOME_CSP is trusted: short enough to follow a rebuild, long enough to cost nothing. */
const CSP_RECHECK_MS = 1000;

export function hasWebApp(root: string | undefined): root is string {
  return root !== undefined && existsSync(path.join(root, 'index.html'));
}

/** The inline style and script of the drawn pages, each allowed by its exact hash. */
export interface InlineHashes {
  styleSrc: readonly string[];
  scriptSrc: readonly string[];
}

const NO_HASHES: InlineHashes = { styleSrc: [], scriptSrc: [] };

/** Only hash sources: whatever the file says, it cannot open the policy to other origins. */
function hashSources(listed: unknown): readonly string[] {
  return Array.isArray(listed)
    ? listed.filter(
        (value): value is string => typeof value === 'string' && /^'sha256-[A-Za-z0-9+/]+=*'$/.test(value),
      )
    : [];
}

/**
 * The hashes of the inline style and script the built app asks the CSP to allow, read from its build
 * and kept for a second. A missing or unreadable file allows nothing extra: the page then falls back
 * to unstyled text and links that work without the app, never to a looser policy.
 */
export function inlineHashes(root: string, now: () => number = Date.now): () => InlineHashes {
  let hashes = NO_HASHES;
  let readAt = Number.NEGATIVE_INFINITY;
  return () => {
    if (now() - readAt < CSP_RECHECK_MS) return hashes;
    readAt = now();
    try {
      const parsed = JSON.parse(readFileSync(path.join(root, WELCOME_CSP), 'utf8')) as Record<
        string,
        unknown
      >;
      hashes = { styleSrc: hashSources(parsed['styleSrc']), scriptSrc: hashSources(parsed['scriptSrc']) };
    } catch {
      hashes = NO_HASHES;
    }
    return hashes;
  };
}

/**
 * The first of the browser's languages (Accept-Language, by preference) that the app speaks, matched
 * on the language alone (`en-GB` is English); Dutch, the app's first language, otherwise.
 */
export function browserLocale(c: Context): 'nl' | 'en' {
  const chosen = accepts(c, {
    header: 'Accept-Language',
    supports: ['nl', 'en'],
    default: 'nl',
    match: (wanted, config) => {
      const byPreference = wanted.filter((entry) => entry.q > 0).sort((a, b) => b.q - a.q);
      for (const entry of byPreference) {
        const language = entry.type.toLowerCase().split('-')[0];
        const found = config.supports.find((supported) => supported === language);
        if (found !== undefined) return found;
      }
      return config.default;
    },
  });
  return chosen === 'en' ? 'en' : 'nl';
}

/**
 * The language chosen on this device (the language switch), `nl` or `en`, which the web app keeps in
 * this cookie beside its own storage (packages/web/src/locale.ts `LOCALE_COOKIE`, and
 * inline/after-paint.js for a tap before the app runs). Read here so the welcome comes in it: sent in
 * another language, the app would draw the whole welcome again.
 */
export const LOCALE_COOKIE = 'wandelcoach_locale';

/** The language to send the welcome in: this device's choice, else the browser's (`browserLocale`). */
export function welcomeLocale(c: Context): 'nl' | 'en' {
  const chosen = getCookie(c, LOCALE_COOKIE);
  // Anything else in the cookie (an old or tampered value) is ignored.
  return chosen === 'nl' || chosen === 'en' ? chosen : browserLocale(c);
}

/** A screen's address (`/`, `/today`), as opposed to a file or the API. */
function isPage(c: { req: { method: string; path: string } }): boolean {
  return (
    (c.req.method === 'GET' || c.req.method === 'HEAD') &&
    path.extname(c.req.path) === '' &&
    !c.req.path.startsWith('/api/')
  );
}

/**
 * A page made per request, compressed as the browser accepts (the built files have their twins made
 * at build time): about a third of the bytes on a slow line, for well under a millisecond of work.
 */
function sendCompressed(c: Context<AppEnv>, html: string): Response {
  const accepted = c.req.header('Accept-Encoding') ?? '';
  c.header('Content-Type', 'text/html; charset=UTF-8');
  if (/\bbr\b/.test(accepted)) {
    c.header('Content-Encoding', 'br');
    return c.body(
      brotliCompressSync(html, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }),
    );
  }
  if (/\bgzip\b/.test(accepted)) {
    c.header('Content-Encoding', 'gzip');
    return c.body(gzipSync(html));
  }
  return c.body(html);
}

/** Fast enough per request, and most of the gain of the slowest levels. */
const BROTLI_QUALITY = 5;

/** The addresses that may come with today's screen in them. */
const TODAY_PAGES = new Set(['/', '/today']);

export function mountWebApp(
  app: Hono<AppEnv>,
  root: string,
  today?: { renderer: TodayRenderer; logger: Pick<Logger, 'error'> },
): void {
  app.use('/assets/*', async (c, next) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    await next();
  });
  app.use('*', async (c, next) => {
    // The API keeps its own `no-store` (health data), also on paths it does not know.
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
    // The browser fetches the page's icon itself, past the service worker: a day in its own cache
    // keeps it there offline (an icon changes rarely, and a day late is harmless).
    else if (/^\/icon[\w-]*\.svg$/.test(c.req.path)) c.header('Cache-Control', 'public, max-age=86400');
    else if (!c.req.path.startsWith('/assets/')) c.header('Cache-Control', 'no-cache');
    await next();
  });
  // The build leaves a .br and a .gz twin beside each text file (packages/web/scripts/precompress.js);
  // the browser gets the one it accepts, with no compression work per request.
  const welcomes = {
    nl: serveStatic<AppEnv>({ root, precompressed: true, rewriteRequestPath: () => `/${WELCOME_PAGES.nl}` }),
    en: serveStatic<AppEnv>({ root, precompressed: true, rewriteRequestPath: () => `/${WELCOME_PAGES.en}` }),
  };
  const welcomeWithoutSession: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!isPage(c)) return next();
    // The page depends on the cookies (session, language) and the browser's language: a shared cache
    // must not give one person's page to another.
    c.header('Vary', 'Cookie, Accept-Language', { append: true });
    const locale = welcomeLocale(c);
    const page = WELCOME_PAGES[locale];
    // Only the app's front door: another address (a bookmark of /plan) needs the app to find out who
    // is signed in and where to go, and the welcome rendered there would not match the screen.
    // Checked per request, so a build made while the server runs is picked up.
    if (c.req.path !== '/' || sessionToken(c) !== undefined || !existsSync(path.join(root, page))) {
      return next();
    }
    return welcomes[locale](c, next);
  };
  const todayWithSession: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (today === undefined || !isPage(c) || !TODAY_PAGES.has(c.req.path) || sessionToken(c) === undefined) {
      return next();
    }
    let page: string | undefined;
    try {
      page = await renderTodayPage(c, today.renderer, root);
    } catch (error) {
      // The plain page still works: it asks the server itself, and says what went wrong.
      today.logger.error(
        { requestId: c.get('requestId'), error: describeError(error) },
        'today’s page could not be rendered; sent the plain page',
      );
    }
    if (page === undefined) return next();
    // One person's health data: no cache at all may keep it, least of all a shared one.
    c.header('Cache-Control', 'no-store, private');
    c.header('Vary', 'Cookie, Accept-Encoding');
    return sendCompressed(c, page);
  };
  app.use('*', todayWithSession);
  app.use('*', welcomeWithoutSession);
  app.use('*', serveStatic({ root, precompressed: true }));
  app.get('*', (c) => {
    // Only pages fall back to the app; a missing file, or an API path, stays a 404.
    if (!isPage(c)) return c.notFound();
    // Read each time (the OS caches it): a rebuild while the server runs must not leave an old page
    // pointing at assets that are gone.
    return c.html(readFileSync(path.join(root, 'index.html'), 'utf8'));
  });
}
