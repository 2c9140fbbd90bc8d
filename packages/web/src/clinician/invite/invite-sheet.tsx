/**
 * The A4 invite sheet a clinician prints for a patient, in the patient's language: what the app is
 * for, how to link in four steps, the code large, and a QR code that opens the linking page with the
 * code filled in. On the screen it is a preview; printed, it is the only thing on the page.
 */
import type { Locale } from '@wandelcoach/engine';
import type { PatientInvite } from '../api.js';
import { clinicianTranslator } from '../i18n/index.js';
import { QrCode } from '../qr-code.js';
import { groupedCode, lastDay, linkAddress } from './invite-words.js';

export function InviteSheet(props: {
  invite: PatientInvite;
  locale: Locale;
  practiceName: string;
  origin: string;
}) {
  const { invite, locale } = props;
  const t = clinicianTranslator(locale);
  const site = props.origin.replace(/^https?:\/\//, '');
  return (
    <article className="invite-sheet" lang={locale} aria-label={t('sheet.title')}>
      <h2>{t('sheet.title')}</h2>
      <p>
        <strong>{t('sheet.greeting', { name: invite.patientName })}</strong>
      </p>
      <p>{t('sheet.what')}</p>
      <p>{t('sheet.practice', { practice: props.practiceName })}</p>
      <div className="sheet-code-row">
        <QrCode text={linkAddress(props.origin, invite.code)} label={t('sheet.qr')} className="sheet-qr" />
        <div>
          <p>{t('sheet.code')}</p>
          <p className="big-code" data-testid="sheet-code">
            {groupedCode(invite.code)}
          </p>
          <p>{t('sheet.expires', { date: lastDay(invite.expiresAt, locale) })}</p>
        </div>
      </div>
      <h3>{t('sheet.how')}</h3>
      <ol>
        <li>{t('sheet.step1', { site })}</li>
        <li>{t('sheet.step2')}</li>
        <li>{t('sheet.step3')}</li>
        <li>{t('sheet.step4')}</li>
      </ol>
      <p>{t('sheet.doctor')}</p>
    </article>
  );
}
