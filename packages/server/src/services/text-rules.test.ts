import { describe, expect, it } from 'vitest';
import { isOneLine } from './text-rules.js';

describe('a name as one line of text', () => {
  it('takes names as people write them, accents, apostrophes and scripts of any language', () => {
    for (const name of ['Anna de Vries', 'José Álvarez-Núñez', "Sjoerd 't Hart", 'محمد العلي', '李小龙']) {
      expect(isOneLine(name)).toBe(true);
    }
  });

  it('refuses control characters and the marks that make text read in another order', () => {
    for (const name of [
      'Jan\u0000',
      'Jan\nPiet',
      'Jan\u0007',
      'Jan\u007f',
      'Jan\u202eevil',
      'a\u2066b\u2069',
    ]) {
      expect(isOneLine(name)).toBe(false);
    }
  });
});
