import { describe, expect, it } from 'vitest';
import { patientsEn } from '../i18n/patients.en.js';
import { patientsNl } from '../i18n/patients.nl.js';
import { placeholdersIn } from '@wandelcoach/engine';
import { formatDate, patientsTranslator, supervisedWords } from './words.js';

describe('the patient screens’ words', () => {
  it('have the same placeholders in Dutch and English', () => {
    for (const [key, dutch] of Object.entries(patientsNl)) {
      const english = patientsEn[key as keyof typeof patientsNl];
      expect([...placeholdersIn(english)].sort(), key).toEqual([...placeholdersIn(dutch)].sort());
    }
  });

  it('fill in placeholders and plurals', () => {
    expect(patientsTranslator('en')('cp.list.count', { count: 1 })).toBe('1 patient');
    expect(patientsTranslator('nl')('cp.list.count', { count: 3 })).toBe('3 patiënten');
  });

  it('write dates in the language', () => {
    expect(formatDate('en', '2026-12-02')).toBe('2 Dec 2026');
    expect(formatDate('nl', '2026-12-02')).toBe('2 dec 2026');
  });

  it('say who supervised a walk and why, and name a gone colleague', () => {
    const en = patientsTranslator('en');
    expect(supervisedWords(en, { name: 'Sanne', reason: 'First walk backwards' })).toBe(
      'supervised by Sanne: First walk backwards',
    );
    expect(supervisedWords(patientsTranslator('nl'), { name: 'Sanne', reason: null })).toBe(
      'begeleid door Sanne',
    );
    expect(supervisedWords(en, { name: null, reason: null })).toBe(
      `supervised by ${en('cp.flag.colleague')}`,
    );
  });
});
