/**
 * `/clinician/invite`: naming a patient and making a code, with the open invitations beside it; and
 * `/clinician/invite/{id}?sheet=nl|en`: one invite's code large, the question the patient will be
 * asked, and its A4 sheet to print in the patient's language.
 */
import type { Locale } from '@wandelcoach/engine';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { RadioGroup } from '../../components/choices.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useApp } from '../../app-context.js';
import type { PatientInvite } from '../api.js';
import { useClinician } from '../clinician-context.js';
import { clinicianError } from '../error-words.js';
import { CLINICIAN_PATHS, invitePath } from '../paths.js';
import { InviteSheet } from './invite-sheet.js';
import { groupedCode, lastDay, sheetLocale } from './invite-words.js';
import { PatientInviteForm } from './patient-invite-form.js';

type Invites =
  { status: 'loading' } | { status: 'failed'; text: string } | { status: 'done'; invites: PatientInvite[] };

/** The practice's open invites, asked when the screen opens. */
function useOpenInvites(): Invites {
  const { calls, t } = useClinician();
  const [invites, setInvites] = useState<Invites>({ status: 'loading' });
  const load = useCallback(async () => {
    try {
      setInvites({ status: 'done', invites: await calls.patientInvites() });
    } catch (error) {
      setInvites({ status: 'failed', text: clinicianError(error, t) });
    }
  }, [calls, t]);
  useEffect(() => {
    void load();
  }, [load]);
  return invites;
}

export function InviteRoute() {
  const { t } = useClinician();
  const { locale } = useApp();
  const invites = useOpenInvites();
  return (
    <>
      <h1>{t('invite.title')}</h1>
      <div className="clinician-columns">
        <PatientInviteForm />
        <section aria-labelledby="open-invites">
          <h2 id="open-invites">{t('invite.open.title')}</h2>
          {invites.status === 'loading' && <p>{t('clinician.loading')}</p>}
          {invites.status === 'failed' && (
            <p role="alert" className="error">
              {invites.text}
            </p>
          )}
          {invites.status === 'done' && invites.invites.length === 0 && <p>{t('invite.open.none')}</p>}
          {invites.status === 'done' && invites.invites.length > 0 && (
            <TableScroll label={t('invite.open.title')}>
              <table className="clinician-table">
                <thead>
                  <tr>
                    <th scope="col">{t('invite.open.col.name')}</th>
                    <th scope="col">{t('invite.open.col.code')}</th>
                    <th scope="col">{t('invite.open.col.expires')}</th>
                  </tr>
                </thead>
                <tbody>
                  {invites.invites.map((invite) => (
                    <tr key={invite.id}>
                      <th scope="row">
                        <Link
                          href={invitePath(invite.id)}
                          aria-label={t('invite.open.show', { name: invite.patientName })}
                        >
                          {invite.patientName}
                        </Link>
                      </th>
                      <td className="secret">{groupedCode(invite.code)}</td>
                      <td>{lastDay(invite.expiresAt, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      </div>
    </>
  );
}

export function InviteShownRoute(props: { inviteId: string }) {
  const { t, practice } = useClinician();
  const { locale } = useApp();
  const search = useSearch();
  const [, navigate] = useLocation();
  const invites = useOpenInvites();
  const sheet = sheetLocale(search);

  if (invites.status === 'loading') return <p role="status">{t('clinician.loading')}</p>;
  if (invites.status === 'failed') {
    return (
      <p role="alert" className="error">
        {invites.text}
      </p>
    );
  }
  const invite = invites.invites.find((i) => i.id === props.inviteId);
  if (invite === undefined) {
    return (
      <>
        <h1>{t('invite.title')}</h1>
        <p>{t('invite.notFound')}</p>
        <p>
          <Link href={CLINICIAN_PATHS.invite}>{t('invite.another')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="no-print">{t('invite.code.title', { name: invite.patientName })}</h1>
      <div className="clinician-columns">
        <div className="no-print">
          <p>{t('invite.code.label')}</p>
          <p className="big-code" data-testid="invite-code">
            {groupedCode(invite.code)}
          </p>
          <p className="lead">{t('invite.code.question', { year: invite.birthYear })}</p>
          <p>{t('invite.code.expires', { date: lastDay(invite.expiresAt, locale) })}</p>
          <RadioGroup<Locale>
            legend={t('invite.sheetLanguage')}
            options={[
              { value: 'nl', label: t('clinician.language.nl') },
              { value: 'en', label: t('clinician.language.en') },
            ]}
            selected={sheet}
            onChange={(chosen) => {
              navigate(invitePath(invite.id, chosen), { replace: true });
            }}
          />
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                window.print();
              }}
            >
              {t('invite.print')}
            </button>
          </div>
          <p>
            <Link href={CLINICIAN_PATHS.invite}>{t('invite.another')}</Link>
          </p>
        </div>
        <section aria-label={t('invite.sheetPreview')}>
          <InviteSheet
            invite={invite}
            locale={sheet}
            practiceName={practice?.name ?? ''}
            origin={location.origin}
          />
        </section>
      </div>
    </>
  );
}
