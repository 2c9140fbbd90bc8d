import { describe, expect, it } from 'vitest';
import { emergencyOutput, gpSoonOutput, selfManageOutput } from '../../test/fixtures.js';
import { renderTriage, triageSentence } from './triage.js';

describe('triageSentence', () => {
  it('turns every level into a sentence about what to do', () => {
    expect(triageSentence('nl', selfManageOutput.triage, true)).toBe('Je kunt zelf aan de slag.');
    expect(triageSentence('nl', emergencyOutput.triage, false)).toMatch(/^Bel nu 112/);
    expect(triageSentence('en', emergencyOutput.triage, false)).toMatch(/^Call 112 now/);
    expect(triageSentence('en', { ...selfManageOutput.triage, level: 'routine-assessment' }, true)).toContain(
      'physiotherapist',
    );
  });

  it('says "on your own" only when nothing needs someone’s help', () => {
    const helped = {
      ...selfManageOutput.triage,
      reasons: [
        { code: 'no-warning-signs' as const, source: 'KNGF-B.1.3' as const, message: 'No warning signs.' },
      ],
    };
    expect(triageSentence('en', helped, true)).toBe(
      'You can get started; follow the advice about help below.',
    );
    expect(triageSentence('nl', helped, true)).not.toContain('zelf');
  });

  it('does not send a person who was cleared back to the GP', () => {
    expect(triageSentence('en', gpSoonOutput.triage, false)).toBe('See your GP before you start.');
    expect(triageSentence('en', gpSoonOutput.triage, true)).toContain('can start');
  });
});

describe('renderTriage', () => {
  it('lists every reason with its source in brackets', () => {
    const lines = renderTriage('nl', emergencyOutput.triage, false);
    expect(lines[0]).toBe('Veiligheidscheck');
    expect(lines.join('\n')).toContain('(CES)');
    expect(lines.join('\n')).toContain('Bel 112. (KNGF-B.1.3)');
    expect(lines.filter((line) => line.startsWith('  - '))).toHaveLength(2);
  });

  it('asks for the safety questions again when the engine says so', () => {
    const triage = { ...selfManageOutput.triage, recheckRedFlags: true };
    expect(renderTriage('en', triage, true).join('\n')).toContain('answer the safety questions again');
    expect(renderTriage('en', selfManageOutput.triage, true).join('\n')).not.toContain(
      'safety questions again',
    );
  });
});
