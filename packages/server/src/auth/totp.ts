/**
 * Time-based one-time codes (RFC 6238), as every authenticator app reads them from an `otpauth://`
 * link: SHA-1, 30-second steps, 6 digits. The arithmetic is the `otpauth` library's; this file fixes
 * the settings and adds the one rule the library leaves to us: a code is accepted once.
 */
import { Secret, TOTP } from 'otpauth';

/** The settings every authenticator app assumes when a link leaves them out. */
export const TOTP_SETTINGS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

/** Steps either side of now that still count: a phone's clock may be half a minute off. */
export const CLOCK_DRIFT_STEPS = 1;

/** A new random secret (160 bits, as RFC 4226 recommends), in base32 as apps and links carry it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * The `otpauth://` link an authenticator app reads (usually from a QR code): issuer "Wandelcoach",
 * and the account's email as the label, so a person with several accounts can tell them apart.
 */
export function otpauthUrl(secret: string, email: string): string {
  return new TOTP({
    issuer: 'Wandelcoach',
    label: email,
    secret: Secret.fromBase32(secret),
    ...TOTP_SETTINGS,
  }).toString();
}

/** The time step of a moment: the number of whole periods since 1970. */
export function stepAt(atMs: number): number {
  return TOTP.counter({ period: TOTP_SETTINGS.period, timestamp: atMs });
}

/**
 * The code for a secret at a moment. `digits` is for RFC 6238's own test vectors (8 digits); the
 * app uses 6.
 */
export function codeAt(secret: string, atMs: number, digits: number = TOTP_SETTINGS.digits): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: TOTP_SETTINGS.algorithm,
    period: TOTP_SETTINGS.period,
    digits,
    timestamp: atMs,
  });
}

/**
 * The step of `code` when it is right at `atMs` (within the clock drift) and newer than `lastStep`,
 * the step of the last code accepted; otherwise null. Refusing that step and older ones makes each
 * code single use, and a code seen over someone's shoulder useless once its owner has used it.
 *
 * @example
 * acceptedStep(secret, '287082', 59_000, 0); // 1 (RFC 6238's first vector, last 6 digits)
 * acceptedStep(secret, '287082', 59_000, 1); // null: that step was used already
 */
export function acceptedStep(secret: string, code: string, atMs: number, lastStep: number): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secret),
    ...TOTP_SETTINGS,
    timestamp: atMs,
    window: CLOCK_DRIFT_STEPS,
  });
  if (delta === null) return null;
  const step = stepAt(atMs) + delta;
  return step > lastStep ? step : null;
}
