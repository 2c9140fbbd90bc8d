/**
 * A fast path for the walking log. A year of walks is hundreds of entries, and every plan validates
 * all of them; the zod schema is the contract, and this only recognises entries that are plainly valid.
 * Anything it does not accept goes through zod, which then gives the field-named errors. A property
 * test (`fast-log.test.ts`) checks that this never accepts what zod rejects, and agrees on the result.
 */
import { RED_FLAGS, type RedFlag } from './codes.js';
import { parseIsoDate } from './dates.js';
import type { WalkLog } from './schema.js';

function isField(key: string): boolean {
  switch (key) {
    case 'date':
    case 'kind':
    case 'minutes':
    case 'painDuring':
    case 'painNextMorning':
    case 'dizziness':
    case 'fall':
    case 'newSymptoms':
      return true;
    default:
      return false;
  }
}
const FLAGS: ReadonlySet<string> = new Set(RED_FLAGS);
const MAX_MINUTES = 300;

function isPainScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10;
}

function optionalFlag(value: unknown): boolean | undefined {
  if (value === undefined) return false;
  return typeof value === 'boolean' ? value : undefined;
}

// Several walks share a day and usually arrive together: remember the last date that passed.
let lastValidDate = '';

function isCalendarDate(text: string): boolean {
  if (text === lastValidDate) return true;
  if (parseIsoDate(text) === undefined) return false;
  lastValidDate = text;
  return true;
}

/** The entry as zod would return it, or `undefined` when only zod can say what is wrong. */
export function parseWalkLogFast(raw: unknown): WalkLog | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  if (Object.getPrototypeOf(raw) !== Object.prototype) return undefined;
  for (const key in raw) if (!isField(key)) return undefined;
  const entry = raw as Record<string, unknown>;

  const { date, kind, minutes, painDuring } = entry;
  if (typeof date !== 'string' || !isCalendarDate(date)) return undefined;
  if (kind !== 'forward' && kind !== 'retro') return undefined;
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0 || minutes > MAX_MINUTES) {
    return undefined;
  }
  if (!isPainScore(painDuring)) return undefined;
  const morning = entry.painNextMorning;
  if (morning !== undefined && morning !== null && !isPainScore(morning)) return undefined;
  const dizziness = optionalFlag(entry.dizziness);
  const fall = optionalFlag(entry.fall);
  if (dizziness === undefined || fall === undefined) return undefined;

  let newSymptoms: RedFlag[] = [];
  const symptoms = entry.newSymptoms;
  if (symptoms !== undefined) {
    if (!Array.isArray(symptoms)) return undefined;
    for (const flag of symptoms) if (typeof flag !== 'string' || !FLAGS.has(flag)) return undefined;
    if (symptoms.length > 0) newSymptoms = [...new Set(symptoms as RedFlag[])];
  }
  // An entry that already has every field, with no repeated symptom, is its own result: no copy needed.
  if (
    morning !== undefined &&
    entry.dizziness !== undefined &&
    entry.fall !== undefined &&
    symptoms !== undefined &&
    newSymptoms.length === (symptoms as unknown[]).length
  ) {
    return entry as unknown as WalkLog;
  }
  return {
    date,
    kind,
    minutes,
    painDuring,
    painNextMorning: morning ?? null,
    dizziness,
    fall,
    newSymptoms,
  };
}
