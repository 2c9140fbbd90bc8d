/**
 * Settings: the language, the walk's options, larger text, the physiotherapist (linking, the care
 * team, who looked at the data), who is signed in and signing out,
 * changing the password, the person's data to download, and deleting the account, which asks for the password and says plainly that it cannot be undone.
 */
import { useId, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type { Locale } from '@wandelcoach/engine';
import { RadioGroup, Toggle } from '../components/choices.js';
import { LOCALES, type Translate } from '../i18n/catalogue.js';
import { browserStorage } from '../locale.js';
import { CadenceField } from '../walk/cadence-field.js';
import { loadWalkSettings, saveWalkSettings, type WalkSettings } from '../walk/walk-settings.js';
import { PasswordInput } from '../components/password-input.js';
import { CareSettings } from '../care/care-settings.js';
import { ChangePassword } from './change-password.js';
import { deleteRefusal, type DeleteRefusal } from './delete-refusal.js';

export function Settings(props: {
  t: Translate;
  api: ApiClient;
  locale: Locale;
  onLocale: (locale: Locale) => void;
  largerText: boolean;
  onLargerText: (on: boolean) => void;
  /** The signed-in person's address, shown beside the way to sign out. */
  email: string;
  onSignOut: () => void;
  onDeleted: () => void;
}) {
  const { t } = props;
  const id = useId();
  const storage = browserStorage();
  const [walk, setWalk] = useState<WalkSettings>(() => loadWalkSettings(storage));
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<DeleteRefusal>();

  function changeWalk(change: Partial<WalkSettings>) {
    const next = { ...walk, ...change };
    setWalk(next);
    saveWalkSettings(storage, next);
  }

  async function deleteAccount() {
    setFailure(undefined);
    try {
      await props.api.deleteAccount(password);
      props.onDeleted();
    } catch (error) {
      setFailure(deleteRefusal(error, t, props.locale));
    }
  }

  return (
    <>
      <h1>{t('settings.title')}</h1>
      <RadioGroup
        legend={t('language.label')}
        options={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
        selected={props.locale}
        onChange={props.onLocale}
      />
      <section aria-labelledby={`${id}-walk`}>
        <h2 id={`${id}-walk`}>{t('settings.walk')}</h2>
        <Toggle
          label={t('walk.speech')}
          checked={walk.speech}
          onChange={(speech) => {
            changeWalk({ speech });
          }}
        />
        <Toggle
          label={t('walk.pulse')}
          checked={walk.breathingPulse}
          onChange={(breathingPulse) => {
            changeWalk({ breathingPulse });
          }}
        />
        <CadenceField
          t={t}
          cadence={walk.cadence}
          onChange={(cadence) => {
            changeWalk({ cadence });
          }}
        />
        <Toggle
          label={t('settings.largerText')}
          help={t('settings.largerText.help')}
          checked={props.largerText}
          onChange={props.onLargerText}
        />
      </section>
      <CareSettings t={t} />
      <section aria-labelledby={`${id}-account`}>
        <h2 id={`${id}-account`}>{t('settings.account')}</h2>
        <p className="signed-in-as">{t('account.signedInAs', { email: props.email })}</p>
        <button type="button" onClick={props.onSignOut}>
          {t('account.signOut')}
        </button>
      </section>
      <ChangePassword t={t} api={props.api} />
      <section aria-labelledby={`${id}-data`}>
        <h2 id={`${id}-data`}>{t('settings.data')}</h2>
        <p>
          <a className="button-link" href="/api/v1/me/export" download>
            {t('settings.exportJson')}
          </a>
        </p>
        <p>
          <a className="button-link" href="/api/v1/me/export?format=csv" download>
            {t('settings.exportCsv')}
          </a>
        </p>
      </section>
      <section aria-labelledby={`${id}-delete`} className="danger-zone">
        <h2 id={`${id}-delete`}>{t('settings.delete')}</h2>
        <p>{t('settings.delete.warning')}</p>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void deleteAccount();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-password`}>{t('settings.delete.password')}</label>
            <PasswordInput
              id={`${id}-password`}
              t={t}
              autoComplete="current-password"
              value={password}
              invalid={failure?.aboutPassword ?? false}
              describedBy={failure === undefined ? undefined : `${id}-failure`}
              onChange={setPassword}
            />
          </div>
          {failure !== undefined && (
            <p id={`${id}-failure`} role="alert" className="error">
              {failure.text}
            </p>
          )}
          <button type="submit" className="danger" disabled={password === ''}>
            {t('settings.delete.confirm')}
          </button>
        </form>
      </section>
    </>
  );
}
