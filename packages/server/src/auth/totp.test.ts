import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { acceptedStep, codeAt, newTotpSecret, otpauthUrl, stepAt } from './totp.js';

// RFC 6238, Appendix B: the SHA-1 rows, with the 20-byte ASCII secret "12345678901234567890".
const RFC_SECRET = Secret.fromLatin1('12345678901234567890').base32;
const RFC_VECTORS: readonly [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP', () => {
  it('gives RFC 6238’s own test vectors (SHA-1, 8 digits)', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    for (const [seconds, code] of RFC_VECTORS) {
      expect(codeAt(RFC_SECRET, seconds * 1000, 8), `T = ${seconds}`).toBe(code);
    }
  });

  it('accepts the 6-digit form of each vector at its time, and says its step', () => {
    for (const [seconds, code] of RFC_VECTORS) {
      expect(acceptedStep(RFC_SECRET, code.slice(2), seconds * 1000, 0)).toBe(Math.floor(seconds / 30));
    }
  });

  it('accepts a step either side of now, and no further', () => {
    const now = 1_111_111_111_000;
    const step = stepAt(now);
    for (const offset of [-1, 0, 1]) {
      const code = codeAt(RFC_SECRET, now + offset * 30_000);
      expect(acceptedStep(RFC_SECRET, code, now, 0), `offset ${offset}`).toBe(step + offset);
    }
    for (const offset of [-2, 2]) {
      expect(acceptedStep(RFC_SECRET, codeAt(RFC_SECRET, now + offset * 30_000), now, 0)).toBeNull();
    }
  });

  it('refuses the step of the last accepted code, and older ones', () => {
    const now = 1_234_567_890_000;
    const step = stepAt(now);
    const code = codeAt(RFC_SECRET, now);
    expect(acceptedStep(RFC_SECRET, code, now, step - 1)).toBe(step);
    expect(acceptedStep(RFC_SECRET, code, now, step)).toBeNull();
    expect(acceptedStep(RFC_SECRET, codeAt(RFC_SECRET, now - 30_000), now, step)).toBeNull();
  });

  it('refuses what is no 6-digit code, and tolerates spaces typed in it', () => {
    const now = 1_234_567_890_000;
    const code = codeAt(RFC_SECRET, now);
    expect(acceptedStep(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now, 0)).toBe(stepAt(now));
    for (const wrong of ['', '12345', '1234567', 'abcdef', `${code}0`]) {
      expect(acceptedStep(RFC_SECRET, wrong, now, 0), wrong).toBeNull();
    }
  });

  it('makes 160-bit secrets and the otpauth link apps read', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const url = new URL(otpauthUrl(secret, 'fysio@example.nl'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe('/Wandelcoach:fysio@example.nl');
    expect(url.searchParams.get('issuer')).toBe('Wandelcoach');
    expect(url.searchParams.get('secret')).toBe(secret);
    expect(url.searchParams.get('algorithm')).toBe('SHA1');
    expect(url.searchParams.get('digits')).toBe('6');
    expect(url.searchParams.get('period')).toBe('30');
  });
});
