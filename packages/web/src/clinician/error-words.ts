/** What went wrong with a clinician's request, in the area's words (the server's details are English). */
import { ApiError, OfflineError } from '../api/client.js';
import type { ClinicianTranslate } from './i18n/index.js';

export function clinicianError(error: unknown, t: ClinicianTranslate): string {
  if (error instanceof OfflineError) return t('clinician.error.offline');
  if (error instanceof ApiError && error.kind === 'rate-limited') {
    return t('clinician.error.tooMany', {
      minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)),
    });
  }
  return t('clinician.error.unexpected');
}

/** The fields a refused request names (`422`), such as `code` or `displayName`. */
export function fieldsNamed(error: unknown): Set<string> {
  if (!(error instanceof ApiError)) return new Set();
  return new Set(error.problem?.errors?.map((field) => field.path) ?? []);
}
