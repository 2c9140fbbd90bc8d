/**
 * Who saw or handled a flag, as the list says it: "you" for the signed-in clinician, else the name
 * the colleague goes by (the server joins it), or "a colleague" once their account is gone.
 */
import type { PatientsTranslate } from './words.js';

export function nameOf(
  w: PatientsTranslate,
  who: { by: string | null; name: string | null },
  me: string | undefined,
): string {
  if (who.by !== null && who.by === me) return w('cp.flag.you');
  return who.name ?? w('cp.flag.colleague');
}
