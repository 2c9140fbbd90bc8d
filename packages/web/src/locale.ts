import type { Locale } from '@wandelcoach/engine';

const KEY = 'wandelcoach.locale';

/**
 * The chosen language kept also as a cookie (`nl` or `en`, nothing else), for the server alone: it
 * sends the welcome in it (packages/server/src/http/web-app.ts `LOCALE_COOKIE`), so the app need not
 * draw the whole welcome again in the other language. inline/after-paint.js writes it too.
 */
export const LOCALE_COOKIE = 'wandelcoach_locale';
const A_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

/** The page's cookies, and whether it came over https (the cookie is then Secure). */
export interface CookieJar {
  cookie: string;
  readonly secure: boolean;
}

/** localStorage, or nothing where the browser refuses it (some private modes). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** `document.cookie`, or nothing where there is no page (Node, where the welcome is rendered at build time). */
export function browserCookies(): CookieJar | undefined {
  const page = (globalThis as { document?: Document }).document;
  if (page === undefined) return undefined;
  return {
    get cookie() {
      return page.cookie;
    },
    set cookie(value: string) {
      page.cookie = value;
    },
    secure: page.location.protocol === 'https:',
  };
}

/** The language the cookie names, if it names one the app speaks. */
export function cookieLocale(
  jar: Pick<CookieJar, 'cookie'> | undefined = browserCookies(),
): Locale | undefined {
  let cookies: string;
  try {
    cookies = jar?.cookie ?? '';
  } catch {
    // A sandboxed page may refuse cookies.
    return undefined;
  }
  for (const pair of cookies.split(';')) {
    const [name, value] = pair.trim().split('=');
    if (name === LOCALE_COOKIE) return value === 'en' || value === 'nl' ? value : undefined;
  }
  return undefined;
}

function writeLocaleCookie(locale: Locale, jar: CookieJar | undefined): void {
  if (jar === undefined) return;
  try {
    // Not HttpOnly: the page writes it. Lax: sent when someone follows a link to the app.
    jar.cookie =
      `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${A_YEAR_IN_SECONDS}; SameSite=Lax` +
      (jar.secure ? '; Secure' : '');
  } catch {
    // Refused: the server then goes by the browser's language, as before.
  }
}

/** The language chosen before on this device (the language switch), if any. */
export function chosenLocale(
  storage: Pick<Storage, 'getItem'> | undefined = browserStorage(),
): Locale | undefined {
  const chosen = storage?.getItem(KEY);
  return chosen === 'en' || chosen === 'nl' ? chosen : undefined;
}

/**
 * The language chosen before on this device; on a first visit the first of the browser's languages
 * the app speaks; else Dutch, the app's first language. Signed in, the account's language wins (app.tsx).
 */
export function storedLocale(
  storage: Pick<Storage, 'getItem'> | undefined = browserStorage(),
  // Not every runtime has a navigator (Node 20, where the welcome is rendered at build time).
  browserLanguages: readonly string[] = (globalThis as { navigator?: Navigator }).navigator?.languages ?? [],
): Locale {
  return chosenLocale(storage) ?? browserLocale(browserLanguages) ?? 'nl';
}

/** The first of the browser's languages that the app speaks (`en-GB` → English, `nl-BE` → Dutch). */
export function browserLocale(languages: readonly string[]): Locale | undefined {
  for (const tag of languages) {
    const language = tag.toLowerCase().split('-')[0];
    if (language === 'nl' || language === 'en') return language;
  }
  return undefined;
}

/** Keeps the device's choice, for the app (storage) and for the server (the cookie). */
export function storeLocale(
  locale: Locale,
  storage: Pick<Storage, 'setItem'> | undefined = browserStorage(),
  jar: CookieJar | undefined = browserCookies(),
): void {
  storage?.setItem(KEY, locale);
  writeLocaleCookie(locale, jar);
}

/**
 * A device that chose a language before the cookie existed (or lost the cookie) gets it once, at the
 * app's start, so its next visit's welcome comes in that language.
 */
export function keepChoiceForServer(
  storage: Pick<Storage, 'getItem'> | undefined = browserStorage(),
  jar: CookieJar | undefined = browserCookies(),
): void {
  const chosen = chosenLocale(storage);
  if (chosen !== undefined && cookieLocale(jar) !== chosen) writeLocaleCookie(chosen, jar);
}
