import { buildPlan } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import { planToIcs } from './ics.js';

const output = buildPlan({
  intake: {
    age: 52,
    goals: ['back-pain'],
    backPain: { type: 'chronic', legPain: false },
    activity: 'light',
    startDate: '2026-11-23',
  },
  today: '2026-11-23',
});
const words = {
  title: (kind: 'forward' | 'retro', minutes: number) =>
    `${kind === 'retro' ? 'Achteruitlopen' : 'Wandelen'}: ${String(minutes)} minuten`,
  description: 'Rustig tempo; adem in op 3 stappen, uit op 4.',
};

describe('planToIcs', () => {
  const ics = planToIcs(output, words, '20261121T100000Z');
  const sessions = output.plan?.weeks.flatMap((week) => week.days.flatMap((day) => day.sessions)) ?? [];

  it('is a calendar with one event per planned walk, lines ending in CRLF', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(sessions.length);
    expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('times walks by part of the day and escapes text', () => {
    expect(ics).toContain('DTSTART:20261123T090000');
    expect(ics).toContain('DURATION:PT');
    expect(ics).toContain('DESCRIPTION:Rustig tempo\\; adem in op 3 stappen\\, uit op 4.');
  });

  it('gives every event its own id', () => {
    const ids = [...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('folds long lines at 75 octets', () => {
    const long = planToIcs(output, { ...words, description: 'é'.repeat(100) }, '20261121T100000Z');
    for (const line of long.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
