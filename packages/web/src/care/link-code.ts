/**
 * The code and year of birth a physiotherapist gives a patient, as typed, and the code kept on this
 * tab while the person signs in or makes an account first (`/link#code=…` opened signed out).
 */
import type { MessageKey } from '../i18n/catalogue.js';

/** The code as the server reads it: letters and digits only, upper case. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}

/** The code in two groups of four, as the physiotherapist reads it out: "ACDE FGHJ". */
export function showCode(code: string): string {
  const plain = normaliseCode(code);
  return plain.length === 8 ? `${plain.slice(0, 4)} ${plain.slice(4)}` : plain;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: MessageKey };

/** What the form can say about the code before asking the server: it is there and 8 long. */
export function checkCode(typed: string): Checked<string> {
  const code = normaliseCode(typed);
  if (code === '') return { ok: false, problem: 'care.link.codeMissing' };
  if (code.length !== 8) return { ok: false, problem: 'care.link.codeLength' };
  return { ok: true, value: code };
}

/** A year of four digits, not after this one: the server says whether it is the right one. */
export function checkBirthYear(typed: string, thisYear: number): Checked<number> {
  const text = typed.trim();
  if (!/^\d{4}$/.test(text)) return { ok: false, problem: 'care.link.yearInvalid' };
  const year = Number(text);
  if (year < 1900 || year > thisYear) return { ok: false, problem: 'care.link.yearInvalid' };
  return { ok: true, value: year };
}

const KEPT = 'wandelcoach.link-code';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** This tab's sessionStorage, or nothing where the browser refuses it. */
export function tabStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Keeps the code for this tab only: it goes when the tab closes, and after linking. */
export function keepLinkCode(storage: Storage | undefined, code: string): void {
  storage?.setItem(KEPT, normaliseCode(code));
}

export function keptLinkCode(storage: Storage | undefined): string | undefined {
  const code = storage?.getItem(KEPT);
  return code === null || code === undefined || code === '' ? undefined : code;
}

export function forgetLinkCode(storage: Storage | undefined): void {
  storage?.removeItem(KEPT);
}
