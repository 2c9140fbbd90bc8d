/**
 * One member in the practice's table: name, address, since when, the roles as two boxes with a save
 * button (and the name patients see, when a member without one becomes clinician), and removing,
 * which asks once.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useApp } from '../../app-context.js';
import type { Member } from '../api.js';
import { useClinician } from '../clinician-context.js';
import { clinicianError, fieldsNamed } from '../error-words.js';
import type { ClinicianTranslate } from '../i18n/index.js';

/** What went wrong changing or removing a member, in words. */
export function memberProblem(error: unknown, t: ClinicianTranslate): string {
  if (error instanceof ApiError && error.status === 409) return t('practice.lastAdmin');
  if (fieldsNamed(error).has('displayName')) return t('practice.needsName');
  return clinicianError(error, t);
}

export function MemberRow(props: {
  practiceId: string;
  member: Member;
  me: boolean;
  onChanged: (said: string) => void;
}) {
  const { t, calls } = useClinician();
  const { locale } = useApp();
  const { member } = props;
  const id = useId();
  const [clinician, setClinician] = useState(member.clinician);
  const [admin, setAdmin] = useState(member.admin);
  const [displayName, setDisplayName] = useState('');
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const name = member.displayName ?? member.email;
  const needsName = clinician && !member.clinician && member.displayName === null;

  const askedBefore = useRef(false);
  useEffect(() => {
    // Focus goes to the question, and back to the button when the answer is "no".
    if (asking) question.current?.focus();
    else if (askedBefore.current) removeButton.current?.focus();
    askedBefore.current = asking;
  }, [asking]);

  async function act(change: () => Promise<unknown>, said: string) {
    setBusy(true);
    setProblem(undefined);
    try {
      await change();
      setAsking(false);
      props.onChanged(said);
    } catch (error) {
      setProblem(memberProblem(error, t));
    } finally {
      setBusy(false);
    }
  }

  const since = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(member.since));
  const row = (
    <tr>
      <th scope="row">
        {member.displayName ?? <span className="hint">{t('practice.noName')}</span>}
        {props.me && ` ${t('practice.you')}`}
      </th>
      <td className="email">{member.email}</td>
      <td>{since}</td>
      <td>
        <form
          className="roles-form"
          aria-label={t('practice.rolesOf', { name })}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const nameNow = displayName.trim();
            void act(
              () =>
                calls.changeRoles(props.practiceId, member.accountId, {
                  clinician,
                  admin,
                  ...(needsName && nameNow !== '' && { displayName: nameNow }),
                }),
              t('practice.rolesSaved', { name }),
            );
          }}
        >
          <label>
            <input
              type="checkbox"
              checked={clinician}
              onChange={(event) => {
                setClinician(event.target.checked);
              }}
            />
            {t('practice.role.clinician')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={admin}
              onChange={(event) => {
                setAdmin(event.target.checked);
              }}
            />
            {t('practice.role.admin')}
          </label>
          {needsName && (
            <span className="field">
              <label htmlFor={`${id}-name`}>{t('practice.nameFor')}</label>
              <input
                id={`${id}-name`}
                type="text"
                value={displayName}
                onChange={(event) => {
                  setDisplayName(event.target.value);
                }}
              />
            </span>
          )}
          {(clinician !== member.clinician || admin !== member.admin) && (
            <button type="submit" disabled={busy}>
              {t('practice.saveRoles')}
            </button>
          )}
        </form>
        {problem !== undefined && !asking && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
      </td>
      <td>
        <button
          ref={removeButton}
          type="button"
          aria-label={`${t('practice.remove')}: ${name}`}
          aria-expanded={asking}
          onClick={() => {
            setAsking(true);
          }}
        >
          {t('practice.remove')}
        </button>
      </td>
    </tr>
  );
  // Asked once, in a row of its own under the member: room for the question on a tablet too.
  if (!asking) return row;
  return (
    <>
      {row}
      <tr>
        <td colSpan={5}>
          <div className="confirm-box">
            <p ref={question} tabIndex={-1}>
              {t('practice.confirmRemove', { name })}
            </p>
            <div className="row-actions">
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => {
                  void act(
                    () => calls.removeMember(props.practiceId, member.accountId),
                    t('practice.removed', { name }),
                  );
                }}
              >
                {t('practice.removeYes')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setAsking(false);
                }}
              >
                {t('practice.removeNo')}
              </button>
            </div>
            {problem !== undefined && (
              <p role="alert" className="error">
                {problem}
              </p>
            )}
          </div>
        </td>
      </tr>
    </>
  );
}
