import { describe, expect, it } from 'vitest';
import { isListNotice, isSection, listPath, patientPath, SECTIONS } from './paths.js';

describe('the patient screens’ addresses', () => {
  it('knows every section by its address, ending the link too, and nothing else', () => {
    for (const section of SECTIONS) expect(isSection(section)).toBe(true);
    expect(isSection('end')).toBe(true);
    expect(SECTIONS).not.toContain('end');
    expect(isSection('delete')).toBe(false);
    expect(isSection(undefined)).toBe(false);
  });

  it('writes a patient’s address with their id made safe, the overview without a section', () => {
    expect(patientPath('a/b')).toBe('/clinician/patients/a%2Fb');
    expect(patientPath('p1', 'end')).toBe('/clinician/patients/p1/end');
  });

  it('keeps the filter and the search in the list’s address', () => {
    expect(listPath({})).toBe('/clinician/patients');
    expect(listPath({ flag: 'fall', q: 'Kees B' })).toBe('/clinician/patients?flag=fall&q=Kees+B');
  });

  it('takes only a notice of an ended link from the history entry', () => {
    expect(isListNotice({ ended: 'Kees Bakker' })).toBe(true);
    expect(isListNotice(null)).toBe(false);
    expect(isListNotice({ ended: 3 })).toBe(false);
    expect(isListNotice('Kees')).toBe(false);
  });
});
