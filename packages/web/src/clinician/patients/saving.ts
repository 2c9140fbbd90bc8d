/**
 * What every form on a patient's page does while it saves: the button waits, an earlier failure goes,
 * and a refusal is put in words. One hook, so the clearance, session, plan change, note and flag
 * forms all behave alike (with `SubmitRow` showing `busy` and `failure`).
 */
import { useCallback, useState } from 'react';
import { errorMessage } from '../../api/error-message.js';
import { useApp } from '../../app-context.js';
import type { Translate } from '../../i18n/index.js';

/**
 * @param explain how a refusal is put in words: `refusal` names the server's field errors, for forms
 *   whose fields the server checks; the app's general words otherwise.
 */
export function useSaving(explain: (error: unknown, t: Translate) => string = errorMessage) {
  const { t } = useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const fail = useCallback(
    (error: unknown) => {
      setFailure(explain(error, t));
    },
    [explain, t],
  );

  /** Sends `request` and calls `saved` once the server has it; a refusal shows as the failure. */
  const save = useCallback(
    (request: () => Promise<unknown>, saved: () => void) => {
      setBusy(true);
      setFailure(undefined);
      request()
        .then(saved, fail)
        .finally(() => {
          setBusy(false);
        });
    },
    [fail],
  );

  return { busy, failure, save, fail };
}
