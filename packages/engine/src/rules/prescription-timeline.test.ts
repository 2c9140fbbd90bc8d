import { describe, expect, it } from 'vitest';
import { dayNumber } from '../dates.js';
import type { PrescriptionChange } from '../schema.js';
import { datedChanges, pausedBy, settingsOn } from './prescription-timeline.js';

const by = { id: 'c1', name: 'Anna' };
const start = dayNumber('2026-11-23');

function change(date: string, fields: Partial<PrescriptionChange>): PrescriptionChange {
  return { by, date, reason: `set on ${date}`, ...fields };
}

describe('which prescribed changes hold on a day (docs/clinical-rules.md §6)', () => {
  it('counts a change from its own date on, never before', () => {
    const changes = datedChanges([change('2026-12-07', { targetMinutes: 20 })], start);
    expect(settingsOn(changes, dayNumber('2026-12-06')).targetMinutes).toBeUndefined();
    expect(settingsOn(changes, dayNumber('2026-12-07')).targetMinutes?.value).toBe(20);
  });

  it('counts a change dated before the plan from its start', () => {
    const changes = datedChanges([change('2026-11-01', { weeklyStepMinutes: 1 })], start);
    expect(changes[0]?.from).toBe(start);
    expect(settingsOn(changes, start).weeklyStepMinutes?.value).toBe(1);
  });

  it('lets the later date win, and on one date the later in the list, whatever the order given', () => {
    const changes = datedChanges(
      [
        change('2026-12-10', { targetMinutes: 15 }),
        change('2026-12-01', { targetMinutes: 25 }),
        change('2026-12-10', { targetMinutes: 18 }),
      ],
      start,
    );
    expect(settingsOn(changes, dayNumber('2026-12-05')).targetMinutes?.value).toBe(25);
    expect(settingsOn(changes, dayNumber('2026-12-10')).targetMinutes?.value).toBe(18);
  });

  it('keeps each setting apart: a later change of one leaves the others', () => {
    const changes = datedChanges(
      [change('2026-11-24', { targetMinutes: 20 }), change('2026-11-30', { weeklyStepMinutes: 2 })],
      start,
    );
    const settings = settingsOn(changes, dayNumber('2026-12-01'));
    expect(settings.targetMinutes?.value).toBe(20);
    expect(settings.weeklyStepMinutes?.value).toBe(2);
  });

  it('pauses from the later of the pause start and the change date, up to and including its end', () => {
    const changes = datedChanges(
      [change('2026-12-02', { pause: { from: '2026-11-28', until: '2026-12-05' } })],
      start,
    );
    expect(pausedBy(changes, dayNumber('2026-12-01'))).toBeNull();
    expect(pausedBy(changes, dayNumber('2026-12-02'))).not.toBeNull();
    expect(pausedBy(changes, dayNumber('2026-12-05'))).not.toBeNull();
    expect(pausedBy(changes, dayNumber('2026-12-06'))).toBeNull();
  });

  it('ends an open pause with a later change that sets none', () => {
    const changes = datedChanges(
      [change('2026-12-01', { pause: { from: '2026-12-01' } }), change('2026-12-08', { pause: null })],
      start,
    );
    expect(pausedBy(changes, dayNumber('2026-12-07'))).not.toBeNull();
    expect(pausedBy(changes, dayNumber('2026-12-08'))).toBeNull();
  });
});
