import type * as Api from '@wandelcoach/server/api-types';
import { describe, expect, it } from 'vitest';
import { nameOf } from './who.js';
import { patientsTranslator } from './words.js';

const w = patientsTranslator('en');
const prescription = {
  items: [
    {
      id: 'i1',
      kind: 'change',
      createdAt: '2026-12-01T10:00:00.000Z',
      item: { by: { id: 'c2', name: 'Piet Bakker' }, date: '2026-12-01', reason: 'x', targetMinutes: 20 },
    },
  ],
} as Api.PrescriptionAnswer;

describe('who did it', () => {
  it('is you, a colleague named in the record, or a colleague', () => {
    expect(nameOf(w, 'c1', 'c1', prescription)).toBe('you');
    expect(nameOf(w, 'c2', 'c1', prescription)).toBe('Piet Bakker');
    expect(nameOf(w, 'c3', 'c1', prescription)).toBe('a colleague');
    expect(nameOf(w, null, 'c1', undefined)).toBe('a colleague');
  });
});
