import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { endedLinkWords } from './ended-links.js';

const link = {
  practice: { name: 'Fysiotherapie De Brug' },
  since: '2026-10-01T09:00:00.000Z',
  endedAt: '2026-12-02T10:30:00.000Z',
} as const;

describe('the words for a link that ended', () => {
  it('names the period and who ended it, in either language', () => {
    expect(endedLinkWords(translator('en'), 'en', { ...link, endedBy: 'practice' })).toEqual([
      'Linked from 1 October 2026 to 2 December 2026.',
      'The practice ended the link.',
    ]);
    expect(endedLinkWords(translator('nl'), 'nl', { ...link, endedBy: 'you' })).toEqual([
      'Gekoppeld van 1 oktober 2026 tot 2 december 2026.',
      'Jij hebt de koppeling gestopt.',
    ]);
  });

  it('names one day once when the link began and ended on it', () => {
    const sameDay = { ...link, endedAt: '2026-10-01T16:00:00.000Z', endedBy: 'you' } as const;
    expect(endedLinkWords(translator('en'), 'en', sameDay)[0]).toBe('Linked and ended on 1 October 2026.');
  });
});
