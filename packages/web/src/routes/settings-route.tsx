/** `/settings`: the language (kept with the account), the walk's options, signing out, the person's data. */
import { useApp, accountOf } from '../app-context.js';
import { forgetOutbox } from '../outbox/idb-store.js';
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
        // The account and everything about the person is gone: so is what waited on this phone for it.
        const owner = accountOf(session)?.id;
        if (owner !== undefined) void forgetOutbox(owner).catch(() => undefined);
        signOut(t('settings.deleted'));
      }}
    />
  );
}
