import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './codes.js';
import { sourceName, sourceSummary } from './source-texts.js';
import { SOURCES } from './sources.js';

/** Words that give away an English sentence left in the Dutch texts. */
const ENGLISH = /\b(the|and|your|you|walk|walking|please|with|minutes|day|study)\b/i;

describe('sources in plain words', () => {
  it.each(SOURCES)('%s has a name and a summary in Dutch and English, different in each', (source) => {
    for (const locale of LOCALES) {
      const name = sourceName(locale, source);
      const summary = sourceSummary(locale, source);
      expect(name.trim(), `${locale} name`).toBe(name);
      expect(name.length, `${locale} name`).toBeGreaterThan(10);
      // A name is short enough to stand beside a reason; the summary says more than the name.
      expect(name.length, `${locale} name`).toBeLessThanOrEqual(100);
      expect(summary.length, `${locale} summary`).toBeGreaterThan(name.length);
      expect(summary, `${locale} summary`).toMatch(/[.!?]$/);
      // Never the bare code a person cannot read, and no placeholders left unfilled.
      expect(name, `${locale} name`).not.toBe(source);
      expect(`${name} ${summary}`, locale).not.toMatch(/[{}]/);
    }
    expect(sourceName('nl', source)).not.toBe(sourceName('en', source));
    expect(sourceSummary('nl', source)).not.toBe(sourceSummary('en', source));
  });

  it('keeps English out of the Dutch texts', () => {
    for (const source of SOURCES) {
      expect(sourceName('nl', source), source).not.toMatch(ENGLISH);
      expect(sourceSummary('nl', source), source).not.toMatch(ENGLISH);
    }
  });

  it('gives every source a name of its own in each language, so a link says where it goes', () => {
    for (const locale of LOCALES) {
      const names = SOURCES.map((source) => sourceName(locale, source));
      expect(new Set(names).size, locale).toBe(names.length);
    }
  });

  it('answers for any source in any language', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.constantFrom(...SOURCES), (locale, source) => {
        expect(sourceName(locale, source)).toEqual(expect.any(String));
        expect(sourceSummary(locale, source)).toEqual(expect.any(String));
      }),
    );
  });
});
