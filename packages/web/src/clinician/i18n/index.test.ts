import { placeholdersIn } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import { pluralNames, withoutPlurals } from '../../i18n/plural.js';
import { clinicianCatalogues, clinicianTranslator, type ClinicianKey } from './index.js';

describe('the clinicians’ catalogues', () => {
  const keys = Object.keys(clinicianCatalogues.nl).sort() as ClinicianKey[];

  it('have the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(clinicianCatalogues.en).sort()).toEqual(keys);
    for (const locale of ['nl', 'en'] as const) {
      for (const key of keys)
        expect(clinicianCatalogues[locale][key].trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders and plurals in both languages', () => {
    for (const key of keys) {
      const [nl, en] = [clinicianCatalogues.nl[key], clinicianCatalogues.en[key]];
      expect([...placeholdersIn(withoutPlurals(en))].sort(), key).toEqual(
        [...placeholdersIn(withoutPlurals(nl))].sort(),
      );
      expect(pluralNames(en).sort(), key).toEqual(pluralNames(nl).sort());
    }
  });

  it('fills placeholders and plurals', () => {
    expect(clinicianTranslator('nl')('clinician.error.tooMany', { minutes: 1 })).toBe(
      'Te vaak geprobeerd. Probeer het over 1 minuut opnieuw.',
    );
    expect(clinicianTranslator('en')('practice.invite.sent', { email: 'a@b.nl' })).toBe(
      'The invitation has been sent to a@b.nl.',
    );
  });
});
