/**
 * The clinicians' frame: a header with the practice (and, for a clinician of several practices, the
 * way back to the practice chooser beside its name), who is signed in, the language and signing out,
 * and the navigation (Patients, Invite a patient, for admins the practice). Wide on a desktop,
 * one column on a tablet. While the second factor or the practice is still to be given, only the
 * header shows; `bare` (joining, loading) leaves out whatever needs a session.
 */
import type { Locale } from '@wandelcoach/engine';
import { useContext, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useApp } from '../app-context.js';
import { LOCALES } from '../i18n/index.js';
import { ClinicianContext } from './clinician-context.js';
import type { ClinicianTranslate } from './i18n/index.js';
import { CLINICIAN_PATHS } from './paths.js';
import { maySwitchPractice, signedInName } from './standing.js';
import './clinician.css';

export function ClinicianLayout(props: { t: ClinicianTranslate; bare?: boolean; children: ReactNode }) {
  const { t } = props;
  const app = useApp();
  const area = useContext(ClinicianContext);
  const [location] = useLocation();
  const state = props.bare === true ? null : area;
  const membership = state?.session.membership;
  const past = state !== null && state.session.secondFactor === undefined && membership !== undefined;
  const links = past
    ? [
        ...(membership.clinician && membership.actingPracticeId !== null
          ? [
              { href: CLINICIAN_PATHS.patients, label: t('clinician.nav.patients') },
              { href: CLINICIAN_PATHS.invite, label: t('clinician.nav.invite') },
            ]
          : []),
        ...(membership.admin ? [{ href: CLINICIAN_PATHS.practice, label: t('clinician.nav.practice') }] : []),
      ]
    : [];
  // Beside the practice's name rather than in the navigation: it changes whom the clinician acts
  // for, not where they are, and four links do not fit on one line on a tablet.
  const maySwitch = past && maySwitchPractice(state.practices);

  return (
    <div className="clinician-frame">
      <header className="clinician-header">
        <div className="clinician-brand">
          <span className="clinician-app">{t('clinician.appName')}</span>
          {state?.practice !== undefined && (
            <span className="clinician-practice">
              <span>{state.practice.name}</span>
              {maySwitch && (
                <Link
                  href={CLINICIAN_PATHS.choosePractice}
                  className="clinician-switch"
                  aria-current={location === CLINICIAN_PATHS.choosePractice ? 'page' : undefined}
                >
                  {t('clinician.switchPractice')}
                </Link>
              )}
            </span>
          )}
        </div>
        <div className="clinician-tools">
          {state !== null && (
            <span className="clinician-who">
              {t('clinician.signedInAs', { name: signedInName(state.session) })}
            </span>
          )}
          <LanguageButtons t={t} locale={app.locale} onChange={app.setLocale} />
          {state !== null && (
            <button
              type="button"
              onClick={() => {
                app.signOut();
              }}
            >
              {t('clinician.signOut')}
            </button>
          )}
        </div>
      </header>
      {links.length > 0 && (
        <nav aria-label={t('clinician.nav.label')} className="clinician-nav">
          <ul>
            {links.map((link) => {
              const here = location === link.href || location.startsWith(`${link.href}/`);
              return (
                <li key={link.href}>
                  <Link href={link.href} aria-current={here ? 'page' : undefined}>
                    {link.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <div className="clinician-content">{props.children}</div>
    </div>
  );
}

function LanguageButtons(props: {
  t: ClinicianTranslate;
  locale: Locale;
  onChange: (locale: Locale) => void;
}) {
  return (
    <div role="group" aria-label={props.t('clinician.language')} className="clinician-languages">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === props.locale}
          onClick={() => {
            props.onChange(locale);
          }}
        >
          {props.t(`clinician.language.${locale}`)}
        </button>
      ))}
    </div>
  );
}
