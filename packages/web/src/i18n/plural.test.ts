import { describe, expect, it } from 'vitest';
import { choosePlurals, pluralNames, withoutPlurals } from './plural.js';

describe('plural forms in messages', () => {
  const nl = 'Nog {count, plural, =0 {geen wandeling} one {# wandeling} other {# wandelingen}} vandaag';
  const en = '{count, plural, one {# walk} other {# walks}} of {minutes} min';

  it('picks the form by the language’s rules and writes the number its way', () => {
    expect(choosePlurals('nl', nl, { count: 0 })).toBe('Nog geen wandeling vandaag');
    expect(choosePlurals('nl', nl, { count: 1 })).toBe('Nog 1 wandeling vandaag');
    expect(choosePlurals('nl', nl, { count: 3 })).toBe('Nog 3 wandelingen vandaag');
    expect(choosePlurals('en', en, { count: 1, minutes: 5 })).toBe('1 walk of {minutes} min');
    expect(choosePlurals('en', en, { count: 2.5 })).toBe('2.5 walks of {minutes} min');
    expect(choosePlurals('nl', '{n, plural, one {# minuut} other {# minuten}}', { n: 2.5 })).toBe(
      '2,5 minuten',
    );
  });

  it('leaves a block whose number is missing visible, so a test catches it', () => {
    expect(choosePlurals('en', en, {})).toBe(en);
  });

  it('names the numbers a template counts by, and strips the blocks for comparing placeholders', () => {
    expect(pluralNames(en)).toEqual(['count']);
    expect(withoutPlurals(en)).toBe(' of {minutes} min');
  });
});
