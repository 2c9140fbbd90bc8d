/**
 * A physiotherapist's changes where the plan is: on the plan, a list of every change near the top;
 * on today, a card when one applies this week, with the way to the plan.
 */
import type { DecisionRecord, Locale, PlanOutput } from '@wandelcoach/engine';
import { useId } from 'react';
import { ReasonLine } from '../components/reason-line.js';
import type { Translate } from '../i18n/catalogue.js';
import { clinicianChanges, clinicianChangesIn, type ClinicianChange } from './clinician-changes.js';

function ChangeList(props: {
  changes: readonly ClinicianChange[];
  lang: Locale;
  t: Translate;
  locale: Locale;
}) {
  return (
    <ul className="reasons">
      {props.changes.map((change, index) => (
        <li key={`${String(change.week)}-${change.reason.code}-${String(index)}`}>
          <strong>{props.t('plan.weekNumber', { week: change.week })}:</strong>{' '}
          <ReasonLine reason={change.reason} lang={props.lang} t={props.t} locale={props.locale} />
        </li>
      ))}
    </ul>
  );
}

/** On the plan: every change the physiotherapist made, newest first; nothing when there is none. */
export function PlanChanges(props: { output: PlanOutput; t: Translate; locale: Locale }) {
  const id = useId();
  const changes = clinicianChanges(props.output.decisions).reverse();
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{props.t('care.plan.changes')}</h2>
      <ChangeList changes={changes} lang={props.output.locale} t={props.t} locale={props.locale} />
    </section>
  );
}

/**
 * On today: the changes that apply in this plan week, short (who, and their reason), so today's first
 * walk stays near the top; the plan has the whole story. Nothing when there is none.
 */
export function ChangesThisWeek(props: {
  decisions: readonly DecisionRecord[];
  /** The language of the engine's words, used when a change carries no reason of its own. */
  lang: Locale;
  week: number | null;
  t: Translate;
  onPlan: () => void;
}) {
  const id = useId();
  const changes = clinicianChangesIn(props.decisions, props.week);
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby={id} className="clinician-change today-change">
      <h2 id={id}>{props.t('care.today.changed')}</h2>
      <ul className="plain-list">
        {changes.map(({ reason }, index) => (
          <li key={`${reason.code}-${String(index)}`}>
            <strong className="clinician-label">
              {props.t('care.reason.label', { name: reason.by?.name ?? '' })}
            </strong>
            {reason.clinicianReason === undefined ? (
              <span lang={props.lang}>{reason.message}</span>
            ) : (
              <span>{props.t('care.reason.why', { reason: reason.clinicianReason })}</span>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={props.onPlan}>
        {props.t('care.today.toPlan')}
      </button>
    </section>
  );
}
