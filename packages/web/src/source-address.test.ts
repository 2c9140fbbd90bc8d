import { SOURCES } from '@wandelcoach/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceInHash, sourcePath } from './source-address.js';

describe('the address of a source', () => {
  it('is the sources screen with the code as its section', () => {
    expect(sourcePath('SPIKE')).toBe('/sources#SPIKE');
    expect(sourcePath('KNGF-B.1.3')).toBe('/sources#KNGF-B.1.3');
  });

  it.each(SOURCES)('%s is found again from its address', (source) => {
    expect(sourceInHash(new URL(sourcePath(source), 'https://example.org').hash)).toBe(source);
  });

  it('names no source for an empty, unknown or malformed hash', () => {
    for (const hash of ['', '#', '#spike', '#KNGF', '#%E0%A4%A', '#SPIKE%20']) {
      expect(sourceInHash(hash), hash).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        const found = sourceInHash(`#${text}`);
        if (found !== undefined) expect(SOURCES).toContain(found);
      }),
    );
  });
});
