import { describe, expect, it } from 'vitest';
import type { AccessLogEntry } from '../api/client.js';
import { translator } from '../i18n/index.js';
import { accessLine } from './access-words.js';

const read: AccessLogEntry = {
  at: '2026-11-18T09:05:00.000Z',
  who: { kind: 'clinician', name: 'Sanne Jansen' },
  practice: { name: 'Fysiotherapie De Brug' },
  resource: 'plan',
  action: 'read',
};

describe('an access log entry in words', () => {
  it('says who looked at what, for which practice, when, in Dutch', () => {
    expect(accessLine(read, translator('nl'), 'nl', 'Europe/Amsterdam')).toEqual({
      sentence: 'Sanne Jansen bekeek je plan',
      practice: 'Praktijk: Fysiotherapie De Brug',
      when: 'woensdag 18 november 2026 om 10:05',
    });
  });

  it('and in English', () => {
    const line = accessLine(read, translator('en'), 'en', 'Europe/Amsterdam');
    expect(line.sentence).toBe('Sanne Jansen looked at your plan');
    expect(line.practice).toBe('Practice: Fysiotherapie De Brug');
    expect(line.when).toContain('18 November 2026');
    expect(line.when).toContain('10:05');
  });

  it('names the patient as "you", and a clinician who left without a name', () => {
    const t = translator('en');
    expect(
      accessLine({ ...read, who: { kind: 'you' }, resource: 'care-link', action: 'revoke' }, t, 'en')
        .sentence,
    ).toBe('You stopped the link');
    expect(accessLine({ ...read, who: { kind: 'former-member' } }, t, 'en').sentence).toBe(
      'Someone who no longer works at the practice looked at your plan',
    );
    expect(accessLine({ ...read, who: { kind: 'clinician', name: null } }, t, 'en').sentence).toBe(
      'A physiotherapist looked at your plan',
    );
  });

  it('puts a physiotherapist’s change into words', () => {
    const t = translator('nl');
    expect(accessLine({ ...read, resource: 'prescription', action: 'change' }, t, 'nl').sentence).toBe(
      'Sanne Jansen paste je plan aan',
    );
  });

  it('never shows a code it does not know: a plain "looked at" or "changed" instead', () => {
    const t = translator('en');
    const later = { ...read, resource: 'x-rays', action: 'read' };
    expect(accessLine(later, t, 'en').sentence).toBe('Sanne Jansen looked at your data');
    expect(accessLine({ ...later, action: 'change' }, t, 'en').sentence).toBe(
      'Sanne Jansen changed your data',
    );
  });

  it('leaves the practice out when the entry names none', () => {
    expect(accessLine({ ...read, practice: null }, translator('en'), 'en').practice).toBeUndefined();
  });
});
