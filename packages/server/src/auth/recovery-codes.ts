/**
 * Recovery codes: ten single-use codes shown once when the second factor is set up, for a lost
 * phone. Stored as SHA-256 only: each holds about 50 random bits, too many to guess under the rate limit
 * and too many to find from a leaked hash, so no slow hash is needed.
 */
import { randomInt } from 'node:crypto';
import { hashToken } from './tokens.js';

export const RECOVERY_CODE_COUNT = 10;

// Lower-case letters and digits without look-alikes (0/o, 1/l/i), as a person copies them from paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** One code, `xxxxx-xxxxx`: ten characters, read and typed in two halves. */
export function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += ALPHABET.charAt(randomInt(ALPHABET.length));
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

/**
 * The stored form of a code, as typed or as shown: case, spaces and dashes do not matter.
 *
 * @example
 * hashRecoveryCode('ABCDE-fghjk') === hashRecoveryCode('abcde fghjk'); // true
 */
export function hashRecoveryCode(code: string): string {
  return hashToken(code.toLowerCase().replace(/[\s-]+/g, ''));
}
