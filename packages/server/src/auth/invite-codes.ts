/**
 * The codes a clinician reads out or hands over to link a patient (docs/care-team.md): 8 characters
 * from an alphabet without look-alikes, so a code said aloud or copied from paper arrives as given.
 */
import { randomBytes } from 'node:crypto';

/** No 0/O, 1/I/L, 5/S, 2/Z, 8/B: 20 letters and 5 digits. */
export const INVITE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const INVITE_CODE_LENGTH = 8;

/** The largest multiple of the alphabet's size a byte can hold: bytes from here on are drawn again. */
const FAIR_LIMIT = 256 - (256 % INVITE_ALPHABET.length);

/**
 * A new code from the system's cryptographic randomness. Bytes at or above {@link FAIR_LIMIT} are
 * thrown away (rejection sampling), so every character is equally likely: `byte % 25` over all 256
 * values would favour the first six.
 */
export function newInviteCode(random: (size: number) => Uint8Array = randomBytes): string {
  let code = '';
  while (code.length < INVITE_CODE_LENGTH) {
    for (const byte of random(INVITE_CODE_LENGTH)) {
      if (byte >= FAIR_LIMIT) continue;
      code += INVITE_ALPHABET.charAt(byte % INVITE_ALPHABET.length);
      if (code.length === INVITE_CODE_LENGTH) break;
    }
  }
  return code;
}

/**
 * A code as a person typed it: any case, with the spaces or dashes of its grouping (`ACDE-FGHJ`).
 *
 * @example
 * normaliseInviteCode(' acde-fghj '); // 'ACDEFGHJ'
 */
export function normaliseInviteCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}
