import type { Locale } from '@wandelcoach/engine';

const KEY = 'wandelcoach.locale';

/** localStorage, or nothing where the browser refuses it (some private modes). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
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

export function storeLocale(
  locale: Locale,
  storage: Pick<Storage, 'setItem'> | undefined = browserStorage(),
): void {
  storage?.setItem(KEY, locale);
}
