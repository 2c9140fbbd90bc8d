/** Why deleting the account was refused, in the person's words, and whether the password was the cause. */
import type { Locale } from '@wandelcoach/engine';
import { ApiError } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import type { Translate } from '../i18n/catalogue.js';

export interface DeleteRefusal {
  text: string;
  /** True only for a wrong password: the field is marked then, not for a refusal it did not cause. */
  aboutPassword: boolean;
}

export function deleteRefusal(error: unknown, t: Translate, locale: Locale): DeleteRefusal {
  if (error instanceof ApiError) {
    if (error.kind === 'invalid-input')
      return { text: t('settings.delete.wrongPassword'), aboutPassword: true };
    // The only admin of practices others rely on: someone else has to be able to manage each of them.
    const practices = error.kind === 'last-admin' ? (error.problem?.practices ?? []) : [];
    if (practices.length > 0) {
      const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
        practices.map((practice) => practice.name),
      );
      return {
        text: t('settings.delete.lastAdmin', { practices: names, count: practices.length }),
        aboutPassword: false,
      };
    }
  }
  return { text: errorMessage(error, t), aboutPassword: false };
}
