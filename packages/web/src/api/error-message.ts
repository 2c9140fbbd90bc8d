import type { MessageKey, Translate } from '../i18n/catalogue.js';
import { ApiError, OfflineError, type PasswordWeakness } from './client.js';

/**
 * Why the server found a password too easy to guess, in the person's language; undefined for any
 * other failure. A reason this version does not know yet still gets a plain "too easy to guess".
 */
export function weakPasswordMessage(error: unknown, t: Translate): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const problem = error.problem?.errors?.find((field) => field.code === 'weak-password');
  if (problem === undefined) return undefined;
  const reason = problem.reason;
  // A newer server may know a reason this app does not: the general words then.
  const known = reason !== undefined && Object.hasOwn(WEAKNESS_KEYS, reason);
  return t(known ? WEAKNESS_KEYS[reason] : 'error.passwordWeak.guessable');
}

const WEAKNESS_KEYS: Readonly<Record<PasswordWeakness, MessageKey>> = {
  'like-email': 'error.passwordWeak.like-email',
  common: 'error.passwordWeak.common',
  repeat: 'error.passwordWeak.repeat',
  series: 'error.passwordWeak.series',
  dates: 'error.passwordWeak.dates',
  guessable: 'error.passwordWeak.guessable',
};

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
