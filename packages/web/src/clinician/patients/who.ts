/**
 * Who saw or handled a flag, by name: the flags carry account ids, so a name is found where the
 * patient's record names its authors (the practice's plan changes and clearances); the signed-in
 * clinician is "you", anyone else "a colleague".
 */
import type * as Api from '@wandelcoach/server/api-types';
import type { PatientsTranslate } from './words.js';

export function nameOf(
  w: PatientsTranslate,
  accountId: string | null,
  me: string | undefined,
  prescription: Api.PrescriptionAnswer | undefined,
): string {
  if (accountId !== null && accountId === me) return w('cp.flag.you');
  const author = prescription?.items.find((entry) => entry.item.by.id === accountId)?.item.by.name;
  return author ?? w('cp.flag.colleague');
}
