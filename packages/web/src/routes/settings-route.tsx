/** `/settings`: the language (kept with the account), the walk's options, signing out, the person's data. */
import { useApp, accountOf } from '../app-context.js';
import { Settings } from '../screens/settings.js';

export function SettingsRoute() {
  const { t, api, locale, setLocale, largerText, setLargerText, session, signOut } = useApp();
  return (
    <Settings
      t={t}
      api={api}
      locale={locale}
      onLocale={setLocale}
      largerText={largerText}
      onLargerText={setLargerText}
      email={accountOf(session)?.email ?? ''}
      onSignOut={() => {
        signOut();
      }}
      onDeleted={() => {
        signOut(t('settings.deleted'));
      }}
    />
  );
}
