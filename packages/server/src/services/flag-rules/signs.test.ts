import { describe, expect, it } from 'vitest';
import { signFlags } from './signs.js';
import { walkOn } from './test-plans.js';

const TODAY = '2026-11-21';

describe('signFlags', () => {
  it('raises nothing for ordinary walks', () => {
    expect(signFlags([walkOn('2026-11-20'), walkOn(TODAY, { kind: 'retro' })], TODAY)).toEqual([]);
  });

  it('tells emergency signs from GP signs, by the engine’s lists', () => {
    const flags = signFlags(
      [
        walkOn('2026-11-19', { newSymptoms: ['saddle-numbness', 'fever-or-ill'] }),
        walkOn('2026-11-20', { newSymptoms: ['night-pain-worsening'] }),
      ],
      TODAY,
    );
    expect(flags.map((flag) => [flag.kind, flag.evidence.signs, flag.evidence.dates])).toEqual([
      ['emergency-sign', ['saddle-numbness'], ['2026-11-19']],
      ['gp-sign', ['fever-or-ill', 'night-pain-worsening'], ['2026-11-19', '2026-11-20']],
    ]);
  });

  it('raises a fall on any walk, and dizziness only during retro-walking', () => {
    const flags = signFlags(
      [
        walkOn('2026-11-18', { fall: true }),
        walkOn('2026-11-19', { dizziness: true }),
        walkOn('2026-11-20', { kind: 'retro', dizziness: true }),
      ],
      TODAY,
    );
    expect(flags.map((flag) => [flag.kind, flag.evidence.dates])).toEqual([
      ['fall', ['2026-11-18']],
      ['retro-dizziness', ['2026-11-20']],
    ]);
  });

  it('looks back one week, today included, and takes the latest write as the time of the evidence', () => {
    const old = walkOn('2026-11-14', { fall: true });
    expect(signFlags([old], TODAY)).toEqual([]);
    const late = walkOn('2026-11-15', { fall: true, updatedAt: '2026-11-21T08:00:00.000Z' });
    expect(signFlags([old, late], TODAY)).toEqual([
      { kind: 'fall', evidence: { dates: ['2026-11-15'] }, evidenceAt: '2026-11-21T08:00:00.000Z' },
    ]);
  });
});
