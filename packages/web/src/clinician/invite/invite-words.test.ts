import { describe, expect, it } from 'vitest';
import { groupedCode, lastDay, linkAddress, sheetLocale } from './invite-words.js';

describe('an invite’s words', () => {
  it('shows the code in two groups of four', () => {
    expect(groupedCode('ACDEFGHJ')).toBe('ACDE FGHJ');
    expect(groupedCode('ACD')).toBe('ACD');
  });

  it('writes the last day in the reader’s language', () => {
    expect(lastDay('2026-12-02T10:00:00.000Z', 'nl')).toBe('2 december 2026');
    expect(lastDay('2026-12-02T10:00:00.000Z', 'en')).toBe('December 2, 2026');
  });

  it('links to the app’s linking page with the code in the fragment', () => {
    expect(linkAddress('https://wandelcoach.example.nl', 'ACDEFGHJ')).toBe(
      'https://wandelcoach.example.nl/link#code=ACDEFGHJ',
    );
  });

  it('prints in Dutch unless English is asked for', () => {
    expect(sheetLocale('?sheet=en')).toBe('en');
    expect(sheetLocale('sheet=nl')).toBe('nl');
    expect(sheetLocale('')).toBe('nl');
    expect(sheetLocale('?sheet=de')).toBe('nl');
  });
});
