/** Why deleting the account was refused, in the person's words, and whether the password was the cause. */
import { ApiError } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import type { Translate } from '../i18n/catalogue.js';

export interface DeleteRefusal {
  text: string;
  /** True only for a wrong password: the field is marked then, not for a refusal it did not cause. */
  aboutPassword: boolean;
}

export function deleteRefusal(error: unknown, t: Translate): DeleteRefusal {
  if (error instanceof ApiError) {
    if (error.kind === 'invalid-input')
      return { text: t('settings.delete.wrongPassword'), aboutPassword: true };
    // The only admin of a practice others rely on: someone else has to be able to manage it.
    if (error.kind === 'last-admin') return { text: t('settings.delete.lastAdmin'), aboutPassword: false };
  }
  return { text: errorMessage(error, t), aboutPassword: false };
}
