import { describe, expect, it } from 'vitest';
import { ApiError, OfflineError, type FieldError } from './client.js';
import { translator } from '../i18n/index.js';
import { errorMessage, weakPasswordMessage } from './error-message.js';

const t = translator('nl');
const problem = (kind: string, errors?: FieldError[]) =>
  new ApiError(
    400,
    {
      type: `urn:wandelcoach:problem:${kind}`,
      title: '',
      status: 400,
      detail: '',
      requestId: 'request-1',
      ...(errors && { errors }),
    },
    300,
  );

describe('errorMessage', () => {
  it('says what went wrong in the person’s language', () => {
    expect(errorMessage(problem('conflict'), t)).toBe(t('error.emailTaken'));
    expect(errorMessage(problem('not-signed-in'), t)).toBe(t('error.wrongCredentials'));
    expect(errorMessage(problem('rate-limited'), t)).toBe(
      'Te veel pogingen. Probeer het over 5 minuten opnieuw.',
    );
    expect(
      errorMessage(problem('invalid-input', [{ path: 'email', message: 'must be an email address' }]), t),
    ).toBe(t('error.invalidEmail'));
    expect(errorMessage(new OfflineError('x'), t)).toBe(t('error.offline'));
    expect(errorMessage(new Error('boom'), t)).toBe(t('error.unexpected'));
  });
});

describe('weakPasswordMessage', () => {
  const weak = (reason?: string) =>
    problem('invalid-input', [
      {
        path: 'password',
        message: 'This password …',
        code: 'weak-password',
        ...(reason && { reason }),
      } as FieldError,
    ]);

  it('words the server’s reason in the person’s language', () => {
    expect(weakPasswordMessage(weak('series'), t)).toBe(t('error.passwordWeak.series'));
    expect(weakPasswordMessage(weak('like-email'), translator('en'))).toMatch(/email address/);
  });

  it('falls back to plain "too easy to guess" for a reason it does not know, or none', () => {
    expect(weakPasswordMessage(weak('a-new-reason'), t)).toBe(t('error.passwordWeak.guessable'));
    expect(weakPasswordMessage(weak(), t)).toBe(t('error.passwordWeak.guessable'));
  });

  it('is silent about every other failure', () => {
    expect(
      weakPasswordMessage(problem('invalid-input', [{ path: 'email', message: 'x' }]), t),
    ).toBeUndefined();
    expect(weakPasswordMessage(new OfflineError('x'), t)).toBeUndefined();
  });
});
