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

/** The entry as zod would return it, or `undefined` when only zod can say what is wrong. */
export function parseWalkLogFast(raw: unknown): WalkLog | undefined {
  // Arrays, class instances and objects without a prototype all fail the prototype check.
  if (typeof raw !== 'object' || raw === null || Object.getPrototypeOf(raw) !== Object.prototype) {
    return undefined;
  }
  for (const key in raw) if (!isField(key)) return undefined;
  const entry = raw as Record<string, unknown>;

  const { date, kind, minutes, painDuring } = entry;
  if (typeof date !== 'string' || parseIsoDate(date) === undefined) return undefined;
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

  const symptoms = entry.newSymptoms;
  let repeats = false;
  if (symptoms !== undefined) {
    if (!Array.isArray(symptoms)) return undefined;
    for (let i = 0; i < symptoms.length; i++) {
      const flag: unknown = symptoms[i];
      if (typeof flag !== 'string' || !FLAGS.has(flag)) return undefined;
    }
    repeats = symptoms.length > 1 && new Set(symptoms).size < symptoms.length;
  }
  // An entry that already has every field, with no repeated symptom, is its own result: no copy needed.
  if (
    morning !== undefined &&
    entry.dizziness !== undefined &&
    entry.fall !== undefined &&
    symptoms !== undefined &&
    !repeats
  ) {
    return entry as unknown as WalkLog;
  }
  // Otherwise a new entry, with a list of symptoms of its own, as zod gives.
  const newSymptoms: RedFlag[] =
    symptoms === undefined || symptoms.length === 0 ? [] : [...new Set(symptoms as RedFlag[])];
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
