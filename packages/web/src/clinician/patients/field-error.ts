/** The words for a refused change: the server's field errors named, or the app's general words. */
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/error-message.js';
import type { Translate } from '../../i18n/index.js';

export function refusal(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.status === 422 && error.problem?.errors !== undefined) {
    return error.problem.errors
      .map((field) => t('error.field', { field: field.path, message: field.message }))
      .join(' ');
  }
  return errorMessage(error, t);
}
