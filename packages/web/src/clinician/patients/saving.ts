/**
 * What every form on a patient's page does while it saves: the button waits, an earlier failure goes,
 * a refusal is put in words, and once saved every clinician answer is asked again (the list's flags,
 * the plan, the log all may have changed). One hook, so the clearance, session, plan change, note and
 * flag forms all behave alike (with `SubmitRow` showing `busy` and `failure`).
 */
import { useCallback, useState } from 'react';
import { errorMessage } from '../../api/error-message.js';
import { useApp } from '../../app-context.js';
import { useClinicianChanged } from './data.js';
import type { Translate } from '../../i18n/index.js';

/**
 * @param explain how a refusal is put in words: `refusal` names the server's field errors, for forms
 *   whose fields the server checks; the app's general words otherwise.
 */
export function useSaving(explain: (error: unknown, t: Translate) => string = errorMessage) {
  const { t } = useApp();
  const changed = useClinicianChanged();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const fail = useCallback(
    (error: unknown) => {
      setFailure(explain(error, t));
    },
    [explain, t],
  );

  /**
   * Sends `request`; once the server has it, calls `saved` (to empty the form, say it is saved) and
   * then marks the clinician answers out of date. A refusal shows as the failure.
   */
  const save = useCallback(
    (request: () => Promise<unknown>, saved?: () => void) => {
      setBusy(true);
      setFailure(undefined);
      request()
        .then(() => {
          saved?.();
          changed();
        }, fail)
        .finally(() => {
          setBusy(false);
        });
    },
    [fail, changed],
  );

  return { busy, failure, save, fail };
}
