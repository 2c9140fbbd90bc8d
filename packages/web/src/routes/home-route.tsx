/** The address `/`: the welcome for someone not signed in; for someone who is, where they start. */
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { accountOf, useApp } from '../app-context.js';
import { keptLinkCode, tabStorage } from '../care/link-code.js';
import { PATHS } from '../paths.js';
import { Welcome } from '../screens/welcome.js';
import { startPath } from '../start.js';

export function HomeRoute() {
  const { t, session, notice, api, queries } = useApp();
  const [, navigate] = useLocation();
  const account = accountOf(session);

  useEffect(() => {
    if (account === undefined) return;
    // A practice's member starts in the clinicians' area, which knows what the session still needs.
    if (session.status === 'signed-in' && session.member === true) {
      navigate(PATHS.clinician, { replace: true });
      return;
    }
    // Signed in or up after opening a physiotherapist's link: back to it, with the code kept.
    if (keptLinkCode(tabStorage()) !== undefined) {
      navigate(PATHS.link, { replace: true });
      return;
    }
    let current = true;
    startPath(api, queries, account).then(
      (path) => {
        if (current) navigate(path, { replace: true });
      },
      // Today's screen asks again and says what went wrong, or shows this person's kept plan.
      () => {
        if (current) navigate(PATHS.today, { replace: true });
      },
    );
    return () => {
      current = false;
    };
  }, [account, session, api, queries, navigate]);

  if (session.status !== 'signed-out') return null;
  return <Welcome notice={notice} t={t} />;
}
