import type { Translate } from '../i18n/catalogue.js';

export function Welcome(props: {
  t: Translate;
  /** Something to say first, such as that the account has been deleted. */
  notice?: string | undefined;
  onSignUp: () => void;
  onSignIn: () => void;
}) {
  const { t } = props;
  return (
    <>
      <p role="status" className={props.notice === undefined ? 'quiet' : 'success'}>
        {props.notice ?? ''}
      </p>
      <h1>{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.intro')}</p>
      <section aria-labelledby="does">
        <h2 id="does">{t('welcome.does.title')}</h2>
        <ul className="plain-list">
          <li>{t('welcome.does.safety')}</li>
          <li>{t('welcome.does.plan')}</li>
          <li>{t('welcome.does.guide')}</li>
          <li>{t('welcome.does.adapt')}</li>
        </ul>
      </section>
      <section aria-labelledby="does-not" className="notice">
        <h2 id="does-not">{t('welcome.doesNot.title')}</h2>
        <p>{t('welcome.doesNot.doctor')}</p>
      </section>
      <div className="actions">
        <button type="button" className="primary" onClick={props.onSignUp}>
          {t('welcome.signUp')}
        </button>
        <button type="button" onClick={props.onSignIn}>
          {t('welcome.signIn')}
        </button>
      </div>
    </>
  );
}
