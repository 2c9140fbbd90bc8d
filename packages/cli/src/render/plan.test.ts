import { describe, expect, it } from 'vitest';
import { emergencyOutput, englishOutput, gpSoonOutput, selfManageOutput } from '../../test/fixtures.js';
import { renderPlan } from './plan.js';

describe('renderPlan', () => {
  const dutch = renderPlan(selfManageOutput, { locale: 'nl', today: '2026-11-23' });

  it('puts the sections in order: title, safety check, today, weeks, why, notes', () => {
    const order = [
      'Wandelcoach · je wandelplan',
      'Veiligheidscheck',
      'Vandaag, ma 23 nov',
      'Je plan per week',
      'Week 1 (23 nov – 29 nov)',
      'Week 3 (7 dec – 13 dec)',
      'Waarom dit plan',
      'Wat onderzoek zegt',
    ].map((text) => dutch.indexOf(text));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('says first, under the title, when the plan has ended and the intake is to be renewed', () => {
    const ended = {
      ...selfManageOutput,
      ended: {
        code: 'plan-ended' as const,
        source: 'KNGF-C.2.2' as const,
        message: 'Je plan is afgelopen op 13 december.',
      },
    };
    const text = renderPlan(ended, { locale: 'nl', today: '2026-12-20' });
    expect(text.indexOf('Dit plan is afgelopen')).toBeGreaterThan(
      text.indexOf('Wandelcoach · je wandelplan'),
    );
    expect(text.indexOf('Dit plan is afgelopen')).toBeLessThan(text.indexOf('Veiligheidscheck'));
    expect(text).toContain('Je plan is afgelopen op 13 december. (KNGF-C.2.2)');
    expect(dutch).not.toContain('Dit plan is afgelopen');
  });

  it('gives the period of the plan under the title', () => {
    expect(dutch).toContain('3 weken, van ma 23 nov 2026 tot en met zo 13 dec 2026');
  });

  it('writes the triage sentence and Dutch weekday names', () => {
    expect(dutch).toContain('Je kunt zelf aan de slag.');
    expect(dutch).toMatch(/^ {2}ma 23 nov {2}ochtend 4 min/m);
    expect(dutch).toMatch(/^ {2}zo 29 nov /m);
  });

  it('ends with one newline and has no trailing spaces', () => {
    expect(dutch.endsWith('\n')).toBe(true);
    expect(dutch.endsWith('\n\n')).toBe(false);
    for (const line of dutch.split('\n')) expect(line).toBe(line.trimEnd());
  });

  it('writes English for an English intake', () => {
    const english = renderPlan(englishOutput, { locale: 'en', today: '2026-11-23' });
    expect(english).toContain('Wandelcoach · your walking plan');
    expect(english).toContain('Today, Mon 23 Nov');
    expect(english).toContain('Week 1 (23 Nov – 29 Nov)');
    expect(english).not.toContain('Vandaag');
    expect(english).not.toContain('Why this plan');
  });

  it('stops after the advice when there is no plan in an emergency', () => {
    const text = renderPlan(emergencyOutput, { locale: 'nl', today: '2026-11-23' });
    expect(text).toContain('112');
    expect(text).toContain('Geen wandelplan');
    expect(text).not.toMatch(/Week \d/);
    expect(text).not.toContain('Vandaag');
  });

  it('sends a person to the GP first when the GP has to look', () => {
    const text = renderPlan(gpSoonOutput, { locale: 'en', today: '2026-11-23' });
    expect(text).toContain('See your GP before you start.');
    expect(text).toContain('"clearedBy"');
    expect(text).not.toMatch(/Week \d/);
  });
});
