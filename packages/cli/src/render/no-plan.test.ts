import { describe, expect, it } from 'vitest';
import { renderNoPlan } from './no-plan.js';

describe('renderNoPlan', () => {
  it('tells a person in an emergency to call 112 now', () => {
    const text = renderNoPlan('nl', 'emergency').join(' ');
    expect(text).toContain('Geen wandelplan');
    expect(text).toContain('bel nu 112');
    expect(renderNoPlan('en', 'emergency').join(' ')).toContain('call 112');
  });

  it('sends a person to the GP and shows how to record the clearance', () => {
    const text = renderNoPlan('en', 'gp-soon').join(' ');
    expect(text).toContain('Make an appointment with your GP');
    expect(text).toContain('"clearedBy": { "by": "gp", "date": "YYYY-MM-DD" }');
    expect(text).not.toContain('112');
  });
});
