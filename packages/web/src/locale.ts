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

/** The language chosen before, else Dutch: the app's first language. */
export function storedLocale(storage: Pick<Storage, 'getItem'> | undefined = browserStorage()): Locale {
  return storage?.getItem(KEY) === 'en' ? 'en' : 'nl';
}

export function storeLocale(
  locale: Locale,
  storage: Pick<Storage, 'setItem'> | undefined = browserStorage(),
): void {
  storage?.setItem(KEY, locale);
}
