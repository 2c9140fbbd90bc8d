/** In settings: the ways to link with a physiotherapist, the care team, and who looked at the data. */
import { useId } from 'react';
import type { Translate } from '../i18n/catalogue.js';
import { AppLink } from '../components/app-link.js';
import { PATHS } from '../paths.js';
import './care.css';

export function CareSettings(props: { t: Translate }) {
  const { t } = props;
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('care.settings.title')}</h2>
      <p>{t('care.settings.intro')}</p>
      <ul className="stack-links">
        <li>
          <AppLink className="button-link" href={PATHS.link}>
            {t('care.settings.link')}
          </AppLink>
        </li>
        <li>
          <AppLink className="button-link" href={PATHS.careTeam}>
            {t('care.settings.team')}
          </AppLink>
        </li>
        <li>
          <AppLink className="button-link" href={PATHS.accessLog}>
            {t('care.settings.log')}
          </AppLink>
        </li>
      </ul>
    </section>
  );
}
