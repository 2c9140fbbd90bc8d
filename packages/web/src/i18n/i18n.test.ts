import { placeholdersIn } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import { translator, uiCatalogues, type MessageKey } from './index.js';
import { pluralNames, withoutPlurals } from './plural.js';

describe('the app’s catalogues', () => {
  const keys = Object.keys(uiCatalogues.nl).sort();

  it('have the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(uiCatalogues.en).sort()).toEqual(keys);
    for (const locale of ['nl', 'en'] as const) {
      for (const key of keys)
        expect(uiCatalogues[locale][key as MessageKey].trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys as (keyof typeof uiCatalogues.nl)[]) {
      expect([...placeholdersIn(withoutPlurals(uiCatalogues.en[key]))].sort(), key).toEqual(
        [...placeholdersIn(withoutPlurals(uiCatalogues.nl[key]))].sort(),
      );
      expect(pluralNames(uiCatalogues.en[key]).sort(), key).toEqual(pluralNames(uiCatalogues.nl[key]).sort());
    }
  });

  it('fills placeholders', () => {
    expect(translator('nl')('account.signedInAs', { email: 'anna@example.nl' })).toBe(
      'Ingelogd als anna@example.nl',
    );
    expect(translator('en')('error.tooMany', { minutes: 15 })).toBe(
      'Too many attempts. Try again in 15 minutes.',
    );
  });
});
