import { describe, expect, it } from 'vitest';
import { passwordWeakness, weaknessMessage } from './password-strength.js';

describe('password strength', () => {
  const email = 'anna.de.vries@example.nl';

  it('refuses the passwords an attacker tries first, and says why', () => {
    expect(passwordWeakness('1234567890', email)).toBe('common');
    expect(passwordWeakness('aaaaaaaaaa', email)).toBe('repeat');
    expect(passwordWeakness(email, email)).toBe('like-email');
    expect(passwordWeakness('qwertyuiop', email)).not.toBeNull();
    expect(passwordWeakness('wachtwoord123', email)).not.toBeNull();
  });

  it('accepts a short sentence of ordinary words, in Dutch or English', () => {
    expect(passwordWeakness('fietsen-in-de-regen', email)).toBeNull();
    expect(passwordWeakness('correct horse battery staple', email)).toBeNull();
  });

  it('says why in a sentence for API clients', () => {
    expect(weaknessMessage('like-email')).toMatch(/email address/);
    expect(weaknessMessage('guessable')).toMatch(/easy to guess/);
  });
});
