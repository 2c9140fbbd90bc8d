/**
 * Inviting someone to the practice by email, as clinician, admin or both, with the mail in Dutch or
 * English. The server mails a single-use link that works for 7 days.
 */
import type { Locale } from '@wandelcoach/engine';
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useApp } from '../../app-context.js';
import { CheckboxGroup, RadioGroup } from '../../components/choices.js';
import { EmailField } from '../../components/email-field.js';
import { SendingForm } from '../../components/sending-form.js';
import { looksLikeEmail } from '../../screens/account-form.js';
import { useClinician } from '../clinician-context.js';
import { clinicianError, fieldsNamed } from '../error-words.js';

type Role = 'clinician' | 'admin';
type Problem = { field: 'email' | 'roles' | 'form'; text: string };

export function InviteMemberForm(props: { practiceId: string; onSent: (said: string) => void }) {
  const { t, calls } = useClinician();
  const app = useApp();
  const id = useId();
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>(['clinician']);
  const [locale, setLocale] = useState<Locale>(app.locale);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const emailField = useRef<HTMLInputElement>(null);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const address = email.trim();
    if (!looksLikeEmail(address)) {
      setProblem({ field: 'email', text: t('practice.invite.badEmail') });
      emailField.current?.focus();
      return;
    }
    if (roles.length === 0) {
      setProblem({ field: 'roles', text: t('practice.invite.noRole') });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await calls.inviteMember(props.practiceId, {
        email: address,
        clinician: roles.includes('clinician'),
        admin: roles.includes('admin'),
        locale,
      });
      setEmail('');
      props.onSent(t('practice.invite.sent', { email: address }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setProblem({ field: 'email', text: t('practice.invite.already') });
      } else if (fieldsNamed(error).has('email')) {
        setProblem({ field: 'email', text: t('practice.invite.badEmail') });
      } else {
        setProblem({ field: 'form', text: clinicianError(error, t) });
      }
      emailField.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="clinician-narrow">
      <h2 id={`${id}-title`}>{t('practice.invite.title')}</h2>
      <p>{t('practice.invite.intro')}</p>
      <SendingForm onSubmit={submit} problem={problem?.field === 'form' ? problem.text : undefined}>
        <EmailField
          inputRef={emailField}
          id={`${id}-email`}
          label={t('practice.invite.email')}
          whose="someone-else"
          value={email}
          error={problem?.field === 'email' ? problem.text : undefined}
          onChange={setEmail}
        />
        <CheckboxGroup<Role>
          legend={t('practice.invite.roles')}
          options={[
            { value: 'clinician', label: t('practice.role.clinician') },
            { value: 'admin', label: t('practice.role.admin') },
          ]}
          selected={roles}
          error={problem?.field === 'roles' ? problem.text : undefined}
          onChange={setRoles}
        />
        <RadioGroup<Locale>
          legend={t('practice.invite.language')}
          options={[
            { value: 'nl', label: t('clinician.language.nl') },
            { value: 'en', label: t('clinician.language.en') },
          ]}
          selected={locale}
          onChange={setLocale}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('practice.invite.submit')}
          </button>
        </div>
      </SendingForm>
    </section>
  );
}
