import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const stored = await hashPassword('walk-every-day');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(stored).not.toContain('walk-every-day');
    expect(await verifyPassword(stored, 'walk-every-day')).toBe(true);
    expect(await verifyPassword(stored, 'walk-every-night')).toBe(false);
  });

  it('treats a damaged hash as a wrong password', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });

  it('fails the check for an unknown account', async () => {
    expect(await verifyAgainstNothing('anything')).toBe(false);
  });
});
