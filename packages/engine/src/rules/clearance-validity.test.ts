/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../dates.js';
import {
  clearsIntakeSigns,
  clearsLogSign,
  EPISODE_DAYS_BEFORE_START,
  type Clearance,
} from './clearance-validity.js';

const start = dayNumber('2026-11-23');
const today = dayNumber('2026-12-01');
const gpOn = (date: string): Clearance => ({ by: 'gp', day: dayNumber(date) });

describe('clearance validity (§1)', () => {
  it('refuses a GP clearance from 1990 for this episode’s signs', () => {
    expect(clearsIntakeSigns(gpOn('1990-01-01'), start, today, ['gp'])).toBe('too-old');
  });

  it('accepts one dated from 28 days before the start up to today', () => {
    expect(
      clearsIntakeSigns({ by: 'gp', day: start - EPISODE_DAYS_BEFORE_START }, start, today, ['gp']),
    ).toBe('valid');
    expect(
      clearsIntakeSigns({ by: 'gp', day: start - EPISODE_DAYS_BEFORE_START - 1 }, start, today, ['gp']),
    ).toBe('too-old');
    expect(clearsIntakeSigns(gpOn('2026-12-01'), start, today, ['gp'])).toBe('valid');
  });

  it('does not count a clearance before its own date when the past is replayed', () => {
    expect(clearsIntakeSigns(gpOn('2026-11-30'), start, dayNumber('2026-11-29'), ['gp'])).toBe('not-yet');
  });

  it('needs a clearance on or after the walk that reported the signs', () => {
    const signs = dayNumber('2026-11-27');
    expect(clearsLogSign(gpOn('2026-11-26'), signs, today, ['gp'])).toBe('too-old');
    expect(clearsLogSign(gpOn('2026-11-27'), signs, today, ['gp'])).toBe('valid');
  });

  it('lets only the professional the signs need clear them', () => {
    expect(clearsIntakeSigns({ by: 'physio', day: today }, start, today, ['gp'])).toBe('wrong-professional');
    expect(clearsIntakeSigns({ by: 'physio', day: today }, start, today, ['gp', 'physio'])).toBe('valid');
    expect(clearsIntakeSigns(null, start, today, ['gp'])).toBe('none');
  });
});
