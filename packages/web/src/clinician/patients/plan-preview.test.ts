import { buildPlan, type IntakeInput, type PrescriptionChangeInput } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import { planChanges } from './plan-preview.js';

const intake: IntakeInput = {
  locale: 'nl',
  age: 52,
  goals: ['back-pain'],
  backPain: { type: 'chronic', legPain: false },
  painNow: 4,
  activity: 'light',
  comfortableWalkMinutes: 12,
  startDate: '2026-11-23',
};
const today = '2026-12-02';
const logs = [
  { date: '2026-11-23', kind: 'forward', minutes: 5, painDuring: 3 },
  { date: '2026-11-24', kind: 'forward', minutes: 5, painDuring: 3 },
  { date: '2026-11-30', kind: 'forward', minutes: 5, painDuring: 3 },
];
const by = { id: 'c1', name: 'Sanne Jansen' };

function plans(change: Omit<PrescriptionChangeInput, 'by' | 'date' | 'reason'>) {
  const before = buildPlan({ intake, logs, today });
  const after = buildPlan({
    intake,
    logs,
    today,
    prescription: { changes: [{ by, date: today, reason: 'Rustiger', ...change }] },
  });
  return { before, after };
}

describe('what a plan change changes', () => {
  it('gives this week and the next, with the minutes before and after', () => {
    const { before, after } = plans({ targetMinutes: 4 });
    const changes = planChanges(before, after, today);
    expect(changes.map((week) => week.week)).toEqual([2, 3]);
    const next = changes[1];
    expect(next?.before?.perDay).toHaveLength(7);
    expect(next?.after?.total).toBeLessThan(next?.before?.total ?? 0);
    expect(next?.changed).toBe(true);
    for (const week of changes) {
      expect(week.after?.perDay.reduce((sum, minutes) => sum + minutes, 0)).toBe(week.after?.total);
    }
  });

  it('says nothing changed when the new plan is the same', () => {
    const { before } = plans({ targetMinutes: 60 });
    const changes = planChanges(before, before, today);
    expect(changes.every((week) => !week.changed)).toBe(true);
  });

  it('lists only the rules that still limit it, never the clinician’s own reason, once each', () => {
    const { before, after } = plans({ weeklyStepMinutes: 10 });
    const changes = planChanges(before, after, today);
    const limits = changes.flatMap((week) => week.limits);
    expect(limits.length).toBeGreaterThan(0);
    expect(limits.every((reason) => reason.source !== 'CLINICIAN')).toBe(true);
    for (const week of changes) {
      expect(new Set(week.limits.map((reason) => reason.code)).size).toBe(week.limits.length);
    }
  });

  it('is empty when neither plan has weeks', () => {
    const { before } = plans({ targetMinutes: 10 });
    const none = { ...before, plan: null };
    expect(planChanges(none, none, today)).toEqual([]);
  });
});
