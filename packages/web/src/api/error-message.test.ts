import { describe, expect, it } from 'vitest';
import { ApiError, OfflineError } from './client.js';
import { translator } from '../i18n/index.js';
import { errorMessage } from './error-message.js';

const t = translator('nl');
const problem = (kind: string, errors?: { path: string; message: string }[]) =>
  new ApiError(
    400,
    {
      type: `urn:wandelcoach:problem:${kind}`,
      title: '',
      status: 400,
      detail: '',
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
