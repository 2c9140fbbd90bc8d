import { describe, expect, it } from 'vitest';
import { storedLocale, storeLocale } from './locale.js';
import { memoryStorage } from './test-support/memory-storage.js';

describe('the chosen language', () => {
  it('is Dutch until English is chosen, and then remembered', () => {
    const storage = memoryStorage();
    expect(storedLocale(storage)).toBe('nl');
    storeLocale('en', storage);
    expect(storedLocale(storage)).toBe('en');
  });

  it('is Dutch where there is no storage', () => {
    expect(storedLocale(undefined)).toBe('nl');
  });
});
