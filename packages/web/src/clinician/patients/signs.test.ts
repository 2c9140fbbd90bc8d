import { describe, expect, it } from 'vitest';
import { reportedSigns } from './signs.js';

describe('the emergency signs to clear', () => {
  it('lists each emergency sign once per day, newest first, and leaves out signs for the GP', () => {
    const signs = reportedSigns([
      { date: '2026-11-28', newSymptoms: ['saddle-numbness', 'weight-loss'] },
      { date: '2026-11-28', newSymptoms: ['saddle-numbness'] },
      { date: '2026-11-30', newSymptoms: ['major-trauma'] },
      { date: '2026-11-29', newSymptoms: [] },
    ]);
    expect(signs.map(([key]) => key)).toEqual(['major-trauma@2026-11-30', 'saddle-numbness@2026-11-28']);
  });
});
