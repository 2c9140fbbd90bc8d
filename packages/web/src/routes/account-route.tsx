/** `/sign-up` and `/sign-in`: the account form; done, the person goes to where they start. */
import { Redirect, useLocation } from 'wouter';
import { accountOf, useApp } from '../app-context.js';
import { PATHS } from '../paths.js';
import { AccountForm, type AccountMode } from '../screens/account-form.js';

export function AccountRoute(props: { mode: AccountMode }) {
  const { t, api, locale, session, signedIn, notice } = useApp();
  const [, navigate] = useLocation();
  // Already signed in (Back from the start screen, or a bookmark): start there instead.
  if (accountOf(session) !== undefined) return <Redirect to={PATHS.home} replace />;
  return (
    <AccountForm
      mode={props.mode}
      locale={locale}
      t={t}
      api={api}
      onDone={signedIn}
      notice={notice}
      onCheckEmail={(email) => {
        navigate(PATHS.checkEmail, { state: { email } });
      }}
      onSwitch={(mode) => {
        navigate(mode === 'sign-up' ? PATHS.signUp : PATHS.signIn, { replace: true });
      }}
      onBack={() => {
        navigate(PATHS.home);
      }}
    />
  );
}
