import { AppLink } from '../components/app-link.js';
import type { Translate } from '../i18n/catalogue.js';
import { PATHS } from '../paths.js';

export function Welcome(props: {
  t: Translate;
  /** Something to say first, such as that the account has been deleted. */
  notice?: string | undefined;
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
      {/* Links, not buttons: the welcome arrives already drawn in the page, and a tap before the
          script has taken it over still opens the screen (the server answers every address). */}
      <div className="actions">
        <AppLink className="button-link primary-link" href={PATHS.signUp}>
          {t('welcome.signUp')}
        </AppLink>
        <AppLink className="button-link" href={PATHS.signIn}>
          {t('welcome.signIn')}
        </AppLink>
      </div>
    </>
  );
}
