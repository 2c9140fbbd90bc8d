import { describe, expect, it } from 'vitest';
import { nameOf } from './who.js';
import { patientsTranslator } from './words.js';

const w = patientsTranslator('en');

describe('who did it', () => {
  it('is you, a colleague by name, or a colleague whose account is gone', () => {
    expect(nameOf(w, { by: 'c1', name: 'Sanne Jansen' }, 'c1')).toBe('you');
    expect(nameOf(w, { by: 'c2', name: 'Piet Bakker' }, 'c1')).toBe('Piet Bakker');
    expect(nameOf(w, { by: null, name: null }, 'c1')).toBe('a colleague');
  });
});
