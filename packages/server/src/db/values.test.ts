import { describe, expect, it } from 'vitest';
import { fromJson, toBoolean, toIso } from './values.js';

describe('values from either database', () => {
  it('reads a timestamp as ISO text, whether it came as a Date or as text', () => {
    expect(toIso(new Date('2026-11-21T10:00:00Z'))).toBe('2026-11-21T10:00:00.000Z');
    expect(toIso('2026-11-21T10:00:00.000Z')).toBe('2026-11-21T10:00:00.000Z');
  });

  it('puts text in another form of the same moment into the one form', () => {
    expect(toIso('2026-11-21T10:00:00Z')).toBe('2026-11-21T10:00:00.000Z');
    expect(toIso('2026-11-21 11:00:00+01:00')).toBe('2026-11-21T10:00:00.000Z');
  });

  it('reads 0/1 and false/true as booleans', () => {
    expect([toBoolean(0), toBoolean(1), toBoolean(false), toBoolean(true)]).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  it('parses JSON text but leaves an already parsed value alone', () => {
    expect(fromJson('["fever-or-ill"]')).toEqual(['fever-or-ill']);
    expect(fromJson(['fever-or-ill'])).toEqual(['fever-or-ill']);
  });
});
