import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { catalogues, message, placeholdersIn, type MessageKey } from './index.js';
import { nl } from './nl.js';

const keys = Object.keys(en) as MessageKey[];

describe('message catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s has the same placeholders in both languages, and a real translation', (key) => {
    expect(placeholdersIn(nl[key])).toEqual(placeholdersIn(en[key]));
    expect(nl[key].trim()).toBe(nl[key]);
    expect(nl[key].length).toBeGreaterThan(1);
    if (!key.startsWith('who.')) expect(nl[key]).not.toBe(en[key]);
  });

  it('keeps English out of the Dutch messages', () => {
    const english = /\b(the|and|your|you|walk|walking|please|with|minutes|day)\b/i;
    for (const key of keys) expect(catalogues.nl[key].replace(/\{\w+\}/g, ''), key).not.toMatch(english);
  });

  it('fills placeholders and writes numbers the Dutch way in Dutch', () => {
    expect(message('en', 'reason.decision.progress.speed', { from: 3, to: 3.2 })).toBe(
      'The treadmill speed goes from 3 to 3.2 km/h.',
    );
    expect(message('nl', 'reason.decision.progress.speed', { from: 3, to: 3.2 })).toBe(
      'De snelheid van de loopband gaat van 3 naar 3,2 km/u.',
    );
  });
});
