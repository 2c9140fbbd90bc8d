/**
 * One member in the practice's table: name, address, since when, the roles as two boxes with a save
 * button (and the name patients see, when a member without one becomes clinician), removing, and
 * resetting the sign-in code of a clinician who lost their phone (never one's own); both ask once.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useApp } from '../../app-context.js';
import type { Member } from '../api.js';
import { useClinician } from '../clinician-context.js';
import { clinicianError, fieldsNamed } from '../error-words.js';
import type { ClinicianTranslate } from '../i18n/index.js';

/** What is asked before it is done, under the member's row. */
type Question = 'remove' | 'reset';

/** What went wrong changing, removing or resetting a member, in words. */
export function memberProblem(error: unknown, t: ClinicianTranslate, asked?: Question): string {
  if (error instanceof ApiError && error.status === 409) {
    return asked === 'reset' ? t('practice.resetNothing') : t('practice.lastAdmin');
  }
  if (fieldsNamed(error).has('displayName')) return t('practice.needsName');
  return clinicianError(error, t);
}

/**
 * Whether the admin may reset this member's sign-in code: a clinician who set up the app, and never
 * the admin themself (the server refuses that too: a stolen session must not drop the admin's own).
 */
export function mayResetSecondFactor(member: Member, me: boolean): boolean {
  return member.clinician && member.secondFactor && !me;
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
  const [asking, setAsking] = useState<Question>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const buttons = {
    remove: useRef<HTMLButtonElement>(null),
    reset: useRef<HTMLButtonElement>(null),
  } as const;
  const name = member.displayName ?? member.email;
  const needsName = clinician && !member.clinician && member.displayName === null;

  const mayReset = mayResetSecondFactor(member, props.me);

  const askedBefore = useRef<Question>(undefined);
  const resetDone = useRef(false);
  useEffect(() => {
    // Focus goes to the question, and back to the button that asked when the answer is "no". Once
    // reset, the member has no code to reset and that button goes: focus stays in the row, on "remove".
    if (asking !== undefined) {
      resetDone.current = false;
      question.current?.focus();
    } else if (askedBefore.current !== undefined) {
      buttons[askedBefore.current === 'reset' && !resetDone.current ? 'reset' : 'remove'].current?.focus();
    }
    askedBefore.current = asking;
  }, [asking]);

  async function act(change: () => Promise<unknown>, said: string) {
    setBusy(true);
    setProblem(undefined);
    try {
      await change();
      resetDone.current = asking === 'reset';
      setAsking(undefined);
      props.onChanged(said);
    } catch (error) {
      setProblem(memberProblem(error, t, asking));
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
        {problem !== undefined && asking === undefined && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
      </td>
      <td>
        <div className="row-actions">
          {(mayReset ? (['remove', 'reset'] as const) : (['remove'] as const)).map((question) => (
            <button
              key={question}
              ref={buttons[question]}
              type="button"
              aria-label={`${t(`practice.${question}`)}: ${name}`}
              aria-expanded={asking === question}
              onClick={() => {
                setAsking(question);
              }}
            >
              {t(`practice.${question}`)}
            </button>
          ))}
        </div>
      </td>
    </tr>
  );
  // Asked once, in a row of its own under the member: room for the question on a tablet too.
  if (asking === undefined) return row;
  const ask =
    asking === 'remove'
      ? {
          text: t('practice.confirmRemove', { name }),
          yes: t('practice.removeYes'),
          no: t('practice.removeNo'),
          change: () => calls.removeMember(props.practiceId, member.accountId),
          said: t('practice.removed', { name }),
        }
      : {
          text: t('practice.confirmReset', { name }),
          yes: t('practice.resetYes'),
          no: t('practice.resetNo'),
          change: () => calls.resetSecondFactor(props.practiceId, member.accountId),
          said: t('practice.resetDone', { name }),
        };
  return (
    <>
      {row}
      <tr>
        <td colSpan={5}>
          <div className="confirm-box">
            <p ref={question} tabIndex={-1}>
              {ask.text}
            </p>
            <div className="row-actions">
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => {
                  void act(ask.change, ask.said);
                }}
              >
                {ask.yes}
              </button>
              <button
                type="button"
                onClick={() => {
                  setAsking(undefined);
                }}
              >
                {ask.no}
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
