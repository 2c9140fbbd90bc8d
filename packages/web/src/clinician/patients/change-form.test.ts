import { describe, expect, it } from 'vitest';
import { changeFromForm, emptyForm, settingBounds } from './change-form.js';

const bounds = settingBounds();
const today = '2026-12-02';

describe('the plan change form', () => {
  it('takes its bounds from the engine’s schema', () => {
    expect(bounds.weeklyStepMinutes).toEqual({ min: 0, max: 10, whole: true });
    expect(bounds.treadmillMaxKmh).toEqual({ min: 2, max: 6, whole: false });
  });

  it('makes a change of what was filled in, with the date and reason', () => {
    const form = {
      ...emptyForm(today),
      numbers: { ...emptyForm(today).numbers, weeklyStepMinutes: '2', treadmillMaxKmh: '3,5' },
      retroWalking: 'off' as const,
      reason: '  Knie reageert; rustiger opbouwen ',
    };
    expect(changeFromForm(form, bounds)).toEqual({
      change: {
        date: today,
        reason: 'Knie reageert; rustiger opbouwen',
        weeklyStepMinutes: 2,
        treadmillMaxKmh: 3.5,
        retroWalking: false,
      },
    });
  });

  it('names each number out of bounds, a change of nothing, and a missing reason', () => {
    const form = {
      ...emptyForm(today),
      numbers: { ...emptyForm(today).numbers, weeklyStepMinutes: '11', startMinutes: '2.5' },
    };
    expect(changeFromForm(form, bounds)).toEqual({
      problems: {
        weeklyStepMinutes: bounds.weeklyStepMinutes,
        startMinutes: bounds.startMinutes,
        reason: true,
      },
    });
    expect(changeFromForm({ ...emptyForm(today), reason: 'x' }, bounds)).toEqual({
      problems: { nothing: true },
    });
  });

  it('starts a pause from the date, until a day if given, or ends one', () => {
    const pause = changeFromForm(
      { ...emptyForm(today), pause: 'start', pauseUntil: '2026-12-09', reason: 'x' },
      bounds,
    );
    expect(pause).toEqual({
      change: { date: today, reason: 'x', pause: { from: today, until: '2026-12-09' } },
    });
    const end = changeFromForm({ ...emptyForm(today), pause: 'end', reason: 'x' }, bounds);
    expect(end).toEqual({ change: { date: today, reason: 'x', pause: null } });
  });
});
