import { describe, expect, it } from 'vitest';
import afterPaint from '../inline/after-paint.js?raw';
import {
  browserLocale,
  chosenLocale,
  cookieLocale,
  keepChoiceForServer,
  LOCALE_COOKIE,
  storedLocale,
  storeLocale,
} from './locale.js';
import { memoryStorage } from './test-support/memory-storage.js';

/** A page's cookies as the browser keeps them: each write sets one, reading gives `name=value; …`. */
function cookieJar(secure = false, initial: Record<string, string> = {}) {
  const kept = new Map(Object.entries(initial));
  const written: string[] = [];
  return {
    secure,
    written,
    get cookie() {
      return [...kept].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    set cookie(line: string) {
      written.push(line);
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      kept.set(name, value);
    },
  };
}

describe('the chosen language', () => {
  it('is the browser’s on a first visit, and the chosen one once chosen', () => {
    const storage = memoryStorage();
    expect(storedLocale(storage, ['en-GB', 'nl'])).toBe('en');
    expect(storedLocale(storage, ['nl-BE', 'en'])).toBe('nl');
    storeLocale('nl', storage);
    expect(storedLocale(storage, ['en-GB'])).toBe('nl');
    storeLocale('en', storage);
    expect(storedLocale(storage, ['nl-NL'])).toBe('en');
  });

  it('is only a choice made on this device, never a guess from the browser, for the welcome', () => {
    const storage = memoryStorage();
    expect(chosenLocale(storage)).toBeUndefined();
    storeLocale('en', storage);
    expect(chosenLocale(storage)).toBe('en');
    expect(chosenLocale(undefined)).toBeUndefined();
  });

  it('takes the first of the browser’s languages the app speaks, else Dutch', () => {
    expect(browserLocale(['de-DE', 'EN-us', 'nl'])).toBe('en');
    expect(browserLocale(['fr', 'nl-BE'])).toBe('nl');
    expect(browserLocale(['de', 'fr'])).toBeUndefined();
    expect(storedLocale(memoryStorage(), ['de', 'fr'])).toBe('nl');
  });

  it('is the browser’s (or Dutch) where there is no storage', () => {
    expect(storedLocale(undefined, [])).toBe('nl');
    expect(storedLocale(undefined, ['en'])).toBe('en');
  });
});

describe('the chosen language, for the server', () => {
  it('is kept in a small cookie beside the device’s storage, for a year, on every path', () => {
    const jar = cookieJar();
    storeLocale('en', memoryStorage(), jar);
    expect(jar.written).toEqual([`${LOCALE_COOKIE}=en; Path=/; Max-Age=31536000; SameSite=Lax`]);
    expect(cookieLocale(jar)).toBe('en');
    storeLocale('nl', memoryStorage(), jar);
    expect(cookieLocale(jar)).toBe('nl');
  });

  it('is a Secure cookie when the page came over https', () => {
    const jar = cookieJar(true);
    storeLocale('nl', undefined, jar);
    expect(jar.written).toEqual([`${LOCALE_COOKIE}=nl; Path=/; Max-Age=31536000; SameSite=Lax; Secure`]);
  });

  it('reads only nl or en from the cookie, and ignores the others beside it', () => {
    expect(cookieLocale(cookieJar(false, { theme: 'dark', [LOCALE_COOKIE]: 'en' }))).toBe('en');
    expect(cookieLocale(cookieJar(false, { [LOCALE_COOKIE]: 'de' }))).toBeUndefined();
    expect(cookieLocale(cookieJar(false, { [`x${LOCALE_COOKIE}`]: 'en' }))).toBeUndefined();
    expect(cookieLocale(cookieJar())).toBeUndefined();
    expect(cookieLocale(undefined)).toBeUndefined();
  });

  it('is written once at the start for a device that chose before the cookie existed', () => {
    const storage = memoryStorage();
    storage.setItem('wandelcoach.locale', 'en');
    const jar = cookieJar();
    keepChoiceForServer(storage, jar);
    expect(cookieLocale(jar)).toBe('en');
    // Already there: nothing is written again.
    keepChoiceForServer(storage, jar);
    expect(jar.written).toHaveLength(1);
  });

  it('is not written at the start when this device chose nothing (the browser’s language goes)', () => {
    const jar = cookieJar();
    keepChoiceForServer(memoryStorage(), jar);
    keepChoiceForServer(undefined, jar);
    expect(jar.written).toEqual([]);
  });

  it('is written under the same names by the script that stands in for the switch before the app runs', () => {
    expect(afterPaint).toContain(`localStorage.setItem('wandelcoach.locale', lang)`);
    expect(afterPaint).toContain(`\`${LOCALE_COOKIE}=\${lang}; Path=/; Max-Age=31536000; SameSite=Lax\``);
  });
});
