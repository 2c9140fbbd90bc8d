import { placeholdersIn } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { cliCatalogues, t } from './index.js';
import { nl } from './nl.js';

describe('the CLI message catalogue', () => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('has the same placeholders per key in Dutch and English', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, placeholders: placeholdersIn(nl[key]) }).toEqual({
        key,
        placeholders: placeholdersIn(en[key]),
      });
    }
  });

  it('translates every text: no Dutch text equals its English one', () => {
    // Widened to string: the literal types already differ, the test guards against a later `as string`.
    const dutch: Readonly<Record<keyof typeof en, string>> = nl;
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter((key) => dutch[key] === en[key]);
    expect(untranslated).toEqual([]);
  });

  it('has no empty texts', () => {
    for (const catalogue of Object.values(cliCatalogues)) {
      for (const text of Object.values(catalogue)) expect(text.trim()).not.toBe('');
    }
  });

  it('fills placeholders with numbers written the way the locale writes them', () => {
    expect(t('nl', 'cell.morning', { minutes: 5.5 })).toBe('ochtend 5,5 min');
    expect(t('en', 'cell.morning', { minutes: 5.5 })).toBe('morning 5.5 min');
    expect(t('nl', 'treadmill', { speed: 3, incline: 0 })).toBe('loopband 3 km/u, 0%');
  });
});
