/**
 * Calling for help in one tap: 112 for an emergency, large and red; and, for when it is not one, the
 * GP's out-of-hours service, which the person's own GP practice's phone number also reaches.
 */
import type { Translate } from '../i18n/catalogue.js';

export function CallButtons(props: { t: Translate }) {
  const { t } = props;
  return (
    <div className="call-buttons">
      <a className="call-button" href="tel:112">
        {t('call.112')}
      </a>
      <p>{t('call.notEmergency')}</p>
    </div>
  );
}
