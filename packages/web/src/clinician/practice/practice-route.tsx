/**
 * `/clinician/practice` (admins only): the practice's members with their roles, changing roles,
 * removing a member (asked once), and inviting someone by email. `?practice=` picks one of several
 * practices the account administers.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { TableScroll } from '../../components/table-scroll.js';
import type { Member } from '../api.js';
import { useClinician } from '../clinician-context.js';
import { clinicianError } from '../error-words.js';
import { CLINICIAN_PATHS } from '../paths.js';
import { InviteMemberForm } from './invite-member-form.js';
import { MemberRow } from './member-row.js';

type Members =
  { status: 'loading' } | { status: 'failed'; text: string } | { status: 'done'; members: Member[] };

export function PracticeRoute() {
  const { t, calls, practices, session } = useClinician();
  const search = useSearch();
  const administered = practices.filter((p) => p.admin);
  const asked = new URLSearchParams(search).get('practice');
  const practice =
    administered.find((p) => p.practiceId === asked) ??
    administered.find((p) => p.practiceId === session.membership?.actingPracticeId) ??
    administered[0];
  const practiceId = practice?.practiceId;
  const [members, setMembers] = useState<Members>({ status: 'loading' });
  const [said, setSaid] = useState('');

  const reload = useCallback(async () => {
    if (practiceId === undefined) return;
    try {
      setMembers({ status: 'done', members: await calls.members(practiceId) });
    } catch (error) {
      setMembers({ status: 'failed', text: clinicianError(error, t) });
    }
  }, [calls, practiceId, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (practice === undefined) return <p>{t('practice.notAdmin')}</p>;
  const changed = (text: string) => {
    setSaid(text);
    void reload();
  };
  return (
    <>
      <h1>{t('practice.title', { name: practice.name })}</h1>
      {administered.length > 1 && (
        <nav aria-label={t('practice.choose')} className="no-print">
          <ul className="plain-list">
            {administered.map((p) => (
              <li key={p.practiceId}>
                <Link
                  href={`${CLINICIAN_PATHS.practice}?practice=${p.practiceId}`}
                  aria-current={p.practiceId === practice.practiceId ? 'page' : undefined}
                >
                  {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p role="status" className="success">
        {said}
      </p>
      <h2>{t('practice.members')}</h2>
      {members.status === 'loading' && <p>{t('clinician.loading')}</p>}
      {members.status === 'failed' && (
        <p role="alert" className="error">
          {members.text}
        </p>
      )}
      {members.status === 'done' && (
        <TableScroll label={t('practice.members')}>
          <table className="clinician-table">
            <thead>
              <tr>
                <th scope="col">{t('practice.col.name')}</th>
                <th scope="col">{t('practice.col.email')}</th>
                <th scope="col">{t('practice.col.since')}</th>
                <th scope="col">{t('practice.col.roles')}</th>
                <th scope="col">{t('practice.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.members.map((member) => (
                <MemberRow
                  key={`${member.accountId}-${String(member.clinician)}-${String(member.admin)}`}
                  practiceId={practice.practiceId}
                  member={member}
                  me={member.accountId === session.account.id}
                  onChanged={changed}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <InviteMemberForm practiceId={practice.practiceId} onSent={setSaid} />
    </>
  );
}
