/**
 * `/forgot-password`, `/reset-password`, `/check-email`, `/confirm-email`: what mailed links lead to,
 * and the way to ask for them. The token is read from the address's fragment, never sent as part of
 * an address (tokenFromHash).
 */
import { useState } from 'react';
import { useApp } from '../app-context.js';
import { tokenFromHash } from '../link-token.js';
import { PATHS } from '../paths.js';
import { CheckEmail, ConfirmEmail, ForgotPassword, ResetPassword } from '../screens/mail-links.js';

/** The token of the link the page was opened with; read once, so a later change of address keeps it. */
function useLinkToken(): string | undefined {
  const [token] = useState(() =>
    typeof location === 'undefined' ? undefined : tokenFromHash(location.hash),
  );
  return token;
}

export function ForgotPasswordRoute() {
  const { t, api } = useApp();
  return <ForgotPassword t={t} api={api} />;
}

export function ResetPasswordRoute() {
  const { t, api, signOut } = useApp();
  const token = useLinkToken();
  return (
    <ResetPassword
      t={t}
      api={api}
      token={token}
      onDone={() => {
        // Every session of the account has ended, this browser's too if it was one: sign in again.
        signOut(t('reset.done'), PATHS.signIn);
      }}
    />
  );
}

export function CheckEmailRoute() {
  const { t } = useApp();
  // Set by the sign-up form; a reload or a bookmark has none, and the words then name no address.
  const state: unknown = typeof history === 'undefined' ? undefined : history.state;
  const email =
    typeof state === 'object' && state !== null && 'email' in state && typeof state.email === 'string'
      ? state.email
      : undefined;
  return <CheckEmail t={t} email={email} />;
}

export function ConfirmEmailRoute() {
  const { t, api, signedIn } = useApp();
  const token = useLinkToken();
  return <ConfirmEmail t={t} api={api} token={token} onDone={signedIn} />;
}
