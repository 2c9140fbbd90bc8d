/** Why deleting the account was refused, in the person's words. */
import { ApiError } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import type { Translate } from '../i18n/catalogue.js';

export function deleteRefusal(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.kind === 'invalid-input') return t('settings.delete.wrongPassword');
    // The only admin of a practice others rely on: someone else has to be able to manage it.
    if (error.kind === 'last-admin') return t('settings.delete.lastAdmin');
  }
  return errorMessage(error, t);
}
