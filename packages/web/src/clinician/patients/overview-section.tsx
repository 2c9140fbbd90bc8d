/**
 * A patient's overview: the safety check and why, the flags (with who saw and handled them), this week
 * and the coming weeks of the plan, the decisions with their sources in words, and what the practice
 * recorded.
 */
import type { PlanOutput } from '@wandelcoach/engine';
import { formatNumber } from '@wandelcoach/engine';
import { Link } from 'wouter';
import { accountOf, useApp } from '../../app-context.js';
import { ApiError } from '../../api/client.js';
import { ReasonLine } from '../../components/reason-line.js';
import { TableScroll } from '../../components/table-scroll.js';
import { localToday } from '../../today.js';
import { usePatientPart } from './data.js';
import { flagWords, Loaded } from './parts.js';
import { openFirst } from './list-model.js';
import { flagPath } from './paths.js';
import { nameOf } from './who.js';
import { formatDate, useWords } from './words.js';

/** Decisions with their reasons, each reason with its source in words. */
function Decisions(props: { plan: PlanOutput; decisions: PlanOutput['decisions'] }) {
  const { t, locale: appLocale } = useApp();
  const { w } = useWords();
  return (
    <ul className="cp-decisions">
      {props.decisions.map((decision) => (
        <li key={`${String(decision.week)}-${decision.decision}-${decision.date}`}>
          <strong>
            {w('cp.decision.line', { week: decision.week, decision: w(`cp.decision.${decision.decision}`) })}
          </strong>
          <ul className="reasons">
            {decision.reasons.map((reason, i) => (
              <li key={`${reason.code}-${String(i)}`}>
                <ReasonLine reason={reason} lang={props.plan.locale} t={t} locale={appLocale} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function TriageAndWeeks(props: { plan: PlanOutput }) {
  const { t, locale: appLocale } = useApp();
  const { w, locale } = useWords();
  const { plan } = props;
  const today = localToday();
  const weeks = plan.plan?.weeks ?? [];
  const current = weeks.findIndex((week, i) => {
    const next = weeks[i + 1];
    return week.startDate <= today && (next === undefined || today < next.startDate);
  });
  const shown = weeks.filter((_, i) => current === -1 || i >= current);
  const n = (value: number) => formatNumber(locale, value);
  return (
    <>
      <section aria-labelledby="cp-triage">
        <h2 id="cp-triage">{w('cp.triage.title')}</h2>
        <p className={`cp-triage cp-triage-${plan.triage.level}`}>
          <strong>{w(`cp.triage.${plan.triage.level}`)}</strong>
        </p>
        <ul className="reasons">
          {plan.triage.reasons.map((reason) => (
            <li key={reason.code}>
              <ReasonLine reason={reason} lang={plan.locale} t={t} locale={appLocale} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="cp-weeks">
        <h2 id="cp-weeks">{w('cp.weeks.title')}</h2>
        {shown.length === 0 ? (
          <p>{w('cp.weeks.none')}</p>
        ) : (
          <TableScroll label={w('cp.weeks.title')}>
            <table className="cp-table">
              <caption className="cp-visually-hidden">{w('cp.weeks.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{w('cp.weeks.col.week')}</th>
                  <th scope="col">{w('cp.weeks.col.start')}</th>
                  <th scope="col">{w('cp.weeks.col.forward')}</th>
                  <th scope="col">{w('cp.weeks.col.retro')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((week, i) => (
                  <tr key={week.week} className={i === 0 && current !== -1 ? 'cp-now' : undefined}>
                    <th scope="row">
                      {i === 0 && current !== -1
                        ? w('cp.weeks.now', { week: week.week })
                        : w('cp.weeks.week', { week: week.week })}
                    </th>
                    <td>{formatDate(locale, week.startDate)}</td>
                    <td>{n(week.totals.forwardMinutes)}</td>
                    <td>{n(week.totals.retroMinutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="cp-decisions">
        <h2 id="cp-decisions">{w('cp.decisions.title')}</h2>
        {plan.decisions.length === 0 ? (
          <p>{w('cp.decisions.none')}</p>
        ) : (
          <>
            <Decisions plan={plan} decisions={plan.decisions.filter((d) => !d.projected).reverse()} />
            {plan.decisions.some((d) => d.projected) && (
              <details>
                <summary>{w('cp.decisions.projected')}</summary>
                <Decisions plan={plan} decisions={plan.decisions.filter((d) => d.projected)} />
              </details>
            )}
          </>
        )}
      </section>
    </>
  );
}

function Flags(props: { patientId: string }) {
  const { session } = useApp();
  const { w, locale } = useWords();
  const flags = usePatientPart(props.patientId, 'flags');
  const me = accountOf(session)?.id;
  return (
    <section aria-labelledby="cp-flags">
      <h2 id="cp-flags">{w('cp.flags.title')}</h2>
      <Loaded state={flags}>
        {(answer) =>
          answer.flags.length === 0 ? (
            <p>{w('cp.flags.none')}</p>
          ) : (
            <ul className="cp-flag-list">
              {openFirst(answer.flags).map((flag) => (
                <li key={flag.id} className={`cp-flag cp-flag-${flag.severity}`}>
                  <Link href={flagPath(props.patientId, flag.id)}>{flagWords(w, flag)}</Link>{' '}
                  <span className="cp-state">({w(`cp.flag.state.${flag.state}`)})</span>
                  <br />
                  <span className="hint">
                    {w('cp.flag.raised', { date: formatDate(locale, flag.raisedAt) })}
                  </span>
                  {flag.seen !== null && (
                    <>
                      <br />
                      {w('cp.flag.seenBy', {
                        name: nameOf(w, flag.seen, me),
                        date: formatDate(locale, flag.seen.at),
                      })}
                    </>
                  )}
                  {flag.handled !== null && (
                    <>
                      <br />
                      {w('cp.flag.handledBy', {
                        name: nameOf(w, flag.handled, me),
                        date: formatDate(locale, flag.handled.at),
                      })}
                      {flag.note !== null && flag.note !== '' && <q className="cp-note">{flag.note}</q>}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

function Recorded(props: { patientId: string }) {
  const { w, locale } = useWords();
  const prescription = usePatientPart(props.patientId, 'prescription');
  return (
    <section aria-labelledby="cp-items">
      <h2 id="cp-items">{w('cp.items.title')}</h2>
      <Loaded state={prescription}>
        {(answer) =>
          answer.items.length === 0 ? (
            <p>{w('cp.items.none')}</p>
          ) : (
            <ul className="plain-list">
              {answer.items.map((entry) => (
                <li key={entry.id}>
                  {entry.kind === 'change'
                    ? w('cp.items.change', {
                        date: formatDate(locale, entry.item.date),
                        name: entry.item.by.name,
                        reason: entry.item.reason,
                      })
                    : w('cp.items.clearance', {
                        kind: w(`cp.clearance.${entry.item.kind}`),
                        date: formatDate(locale, entry.item.date),
                        name: entry.item.by.name,
                        reason: entry.item.reason,
                      })}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

export function OverviewSection(props: { patientId: string }) {
  const { w } = useWords();
  const plan = usePatientPart(props.patientId, 'plan');
  return (
    <>
      <Flags patientId={props.patientId} />
      {plan.status === 'failed' && plan.error instanceof ApiError && plan.error.kind === 'no-intake' ? (
        <p>{w('cp.triage.noIntake')}</p>
      ) : (
        <Loaded state={plan}>{(answer) => <TriageAndWeeks plan={answer} />}</Loaded>
      )}
      <Recorded patientId={props.patientId} />
    </>
  );
}
