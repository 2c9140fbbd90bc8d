import type { Translate } from '../i18n/index.js';
import { ApiError, OfflineError } from './client.js';

/** The words for what went wrong, in the person's language (the server's details are English). */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof OfflineError) return t('error.offline');
  if (!(error instanceof ApiError)) return t('error.unexpected');
  if (error.kind === 'conflict') return t('error.emailTaken');
  if (error.kind === 'not-signed-in') return t('error.wrongCredentials');
  if (error.kind === 'rate-limited') {
    return t('error.tooMany', { minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
  }
  if (error.kind === 'invalid-input') {
    const fields = new Set(error.problem?.errors?.map((problem) => problem.path));
    if (fields.has('email')) return t('error.invalidEmail');
    if (fields.has('password')) return t('error.passwordTooShort');
  }
  return t('error.unexpected');
}
