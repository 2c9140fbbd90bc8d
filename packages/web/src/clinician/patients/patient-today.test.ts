import { describe, expect, it } from 'vitest';
import { localToday } from '../../today.js';
import { patientToday } from './patient-today.js';

describe('the patient’s today', () => {
  // 22:30 in Amsterdam on 1 December is already 2 December on Kiritimati (UTC+14), and still
  // 1 December in Honolulu.
  const now = new Date('2026-12-01T21:30:00Z');

  it('is the date in the patient’s time zone, not the clinician’s', () => {
    expect(patientToday({ timeZone: 'Pacific/Kiritimati' }, now)).toBe('2026-12-02');
    expect(patientToday({ timeZone: 'Europe/Amsterdam' }, now)).toBe('2026-12-01');
    expect(patientToday({ timeZone: 'Pacific/Honolulu' }, now)).toBe('2026-12-01');
  });

  it('is the browser’s date until the patient’s time zone is known', () => {
    expect(patientToday(undefined, now)).toBe(localToday(now));
  });
});
