/**
 * `/clinician/patients`: the practice's linked patients, who needs a look first. Each row: the open
 * flags as chips (urgent first; opening one marks it seen), last week's adherence, the last walk and a
 * small trend of the past weeks' average pain, all from the list's one answer (no read per row); under
 * the name, the invite code the patient linked with, grouped as on the printed sheet. The search takes
 * a name or a code. The flag filter and the search are in the address (`?flag=…&q=…`).
 */
import type * as Api from '@wandelcoach/server/api-types';
import { formatNumber } from '@wandelcoach/engine';
import { useId } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { accountOf, useApp } from '../../app-context.js';
import { TableScroll } from '../../components/table-scroll.js';
import { groupedCode } from '../invite/invite-words.js';
import { usePatients, usePracticeFlags } from './data.js';
import { adherencePercent, painTrend, rowFlags, visiblePatients, type FlagFilter } from './list-model.js';
import { FlagChip, Loaded } from './parts.js';
import { isListNotice, listPath, patientPath } from './paths.js';
import { Sparkline } from './sparkline.js';
import { nameOf } from './who.js';
import { formatDate, useWords } from './words.js';
import './patients.css';

const FLAG_KINDS: readonly Api.FlagAnswer['kind'][] = [
  'emergency-sign',
  'gp-sign',
  'fall',
  'retro-dizziness',
  'next-morning-pain',
  'severe-pain',
  'step-back',
  'inactivity',
  'adherence',
];

function asFilter(value: string | null): FlagFilter {
  if (value === 'any') return 'any';
  return FLAG_KINDS.find((kind) => kind === value) ?? 'all';
}

/** The last walk and the weekly pain trend of one row, as the list's answer carries them. */
function WalkCells(props: { patient: Api.LinkedPatient }) {
  const { w, locale } = useWords();
  const trend = painTrend(props.patient);
  return (
    <>
      <td>
        {props.patient.lastWalk === null ? w('cp.list.noWalk') : formatDate(locale, props.patient.lastWalk)}
      </td>
      <td>
        {trend === undefined ? (
          w('cp.list.noPain')
        ) : (
          <span className="cp-trend">
            <Sparkline scores={trend.scores} />
            <span>
              {w('cp.list.pain', {
                first: formatNumber(locale, trend.first),
                last: formatNumber(locale, trend.last),
              })}
            </span>
          </span>
        )}
      </td>
    </>
  );
}

export function PatientsRoute() {
  const { w, locale } = useWords();
  const { session } = useApp();
  const me = accountOf(session)?.id;
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const filter = asFilter(params.get('flag'));
  const search = params.get('q') ?? '';
  const patients = usePatients();
  const flags = usePracticeFlags();
  const searchId = useId();
  const filterId = useId();
  const n = (value: number) => formatNumber(locale, value);
  // Said once the list is back after a link was ended on the patient's page (end-link-section.tsx).
  const notice: unknown = useHistoryState();

  return (
    <div className="cp-page">
      <h1>{w('cp.list.title')}</h1>
      <p role="status" className="cp-status cp-notice">
        {isListNotice(notice) ? w('cp.end.done', { name: notice.ended }) : ''}
      </p>
      <p className="lead">{w('cp.list.intro')}</p>
      <form
        className="cp-filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <div className="field">
          <label htmlFor={filterId}>{w('cp.list.filter')}</label>
          <select
            id={filterId}
            value={filter}
            onChange={(event) => {
              navigate(
                listPath({ flag: event.target.value === 'all' ? undefined : event.target.value, q: search }),
                {
                  replace: true,
                },
              );
            }}
          >
            <option value="all">{w('cp.list.filter.all')}</option>
            <option value="any">{w('cp.list.filter.any')}</option>
            {FLAG_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {w(`cp.flag.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={searchId}>{w('cp.list.search')}</label>
          <p id={`${searchId}-help`} className="hint">
            {w('cp.list.search.help')}
          </p>
          <input
            id={searchId}
            type="search"
            value={search}
            aria-describedby={`${searchId}-help`}
            onChange={(event) => {
              navigate(listPath({ flag: filter === 'all' ? undefined : filter, q: event.target.value }), {
                replace: true,
              });
            }}
          />
        </div>
      </form>
      <Loaded state={patients}>
        {(answer) => {
          if (answer.patients.length === 0) return <p>{w('cp.list.empty')}</p>;
          const shown = visiblePatients(answer.patients, filter, search);
          const practiceFlags = flags.status === 'done' ? flags.data.flags : [];
          return (
            <>
              <p role="status" className="cp-count">
                {shown.length === 0 ? w('cp.list.none') : w('cp.list.count', { count: shown.length })}
              </p>
              {shown.length > 0 && (
                <TableScroll label={w('cp.list.title')}>
                  <table className="cp-table">
                    <caption className="cp-visually-hidden">{w('cp.list.title')}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="cp-list-name">
                          {w('cp.list.col.name')}
                        </th>
                        <th scope="col">{w('cp.list.col.flags')}</th>
                        <th scope="col">{w('cp.list.col.adherence')}</th>
                        <th scope="col">{w('cp.list.col.lastWalk')}</th>
                        <th scope="col">{w('cp.list.col.pain')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((patient) => {
                        const percent = adherencePercent(patient.lastWeek);
                        return (
                          <tr key={patient.patientId}>
                            <th scope="row">
                              <Link href={patientPath(patient.patientId)}>{patient.patientName}</Link>
                              <span className="cp-code">
                                <span className="cp-visually-hidden">{w('cp.list.code')} </span>
                                {groupedCode(patient.code)}
                              </span>
                            </th>
                            <td className="cp-flags-cell">
                              {patient.openFlags.length === 0 ? (
                                w('cp.list.noFlags')
                              ) : (
                                <ul className="cp-chips">
                                  {rowFlags(patient, practiceFlags).map((flag) => (
                                    <li key={flag.kind}>
                                      <FlagChip patientId={patient.patientId} flag={flag} />
                                      {flag.seen !== null && (
                                        <span className="cp-seen">
                                          {w('cp.flag.seenBy', {
                                            name: nameOf(w, flag.seen, me),
                                            date: formatDate(locale, flag.seen.at),
                                          })}
                                        </span>
                                      )}
                                    </li>
                                  ))}
                                </ul>
                              )}
                            </td>
                            <td>
                              {patient.lastWeek === null || percent === undefined
                                ? w('cp.list.noWeek')
                                : w('cp.list.adherence', {
                                    walked: n(patient.lastWeek.walkedMinutes),
                                    planned: n(patient.lastWeek.plannedMinutes),
                                    percent: n(percent),
                                  })}
                            </td>
                            <WalkCells patient={patient} />
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableScroll>
              )}
            </>
          );
        }}
      </Loaded>
    </div>
  );
}
