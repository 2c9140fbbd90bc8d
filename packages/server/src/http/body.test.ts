import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldPath, zodProblems } from './body.js';

describe('field paths and problems', () => {
  it('writes paths the way a person reads them', () => {
    expect(fieldPath([])).toBe('(body)');
    expect(fieldPath(['backPain', 'type'])).toBe('backPain.type');
    expect(fieldPath(['newSymptoms', 0])).toBe('newSymptoms[0]');
  });

  it('names each unknown field and keeps one problem per field', () => {
    const schema = z.strictObject({ password: z.string({ error: 'must be text' }).min(10) });
    const result = schema.safeParse({ password: ['x'], extra: 1, other: 2 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(zodProblems(result.error)).toEqual([
      { path: 'password', message: 'must be text' },
      { path: 'extra', message: 'is not a known field' },
      { path: 'other', message: 'is not a known field' },
    ]);
  });
});
