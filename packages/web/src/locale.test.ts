import { describe, expect, it } from 'vitest';
import { browserLocale, chosenLocale, storedLocale, storeLocale } from './locale.js';
import { memoryStorage } from './test-support/memory-storage.js';

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
